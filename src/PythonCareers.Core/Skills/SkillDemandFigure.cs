namespace PythonCareers.Core.Skills;

/// <summary>One week's count of a skill: <see cref="Postings"/> of <see cref="LivePostings"/> live postings asked for it.</summary>
public sealed record SkillDemandFigure(int SkillId, DateOnly WeekStart, int Postings, int LivePostings, DateTime CountedAt)
{
    /// <summary>The share of live postings that asked for it, from 0 to 1; none while no posting was live.</summary>
    public decimal? Share => LivePostings == 0 ? null : (decimal)Postings / LivePostings;
}
