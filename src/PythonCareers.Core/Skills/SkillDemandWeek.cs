namespace PythonCareers.Core.Skills;

/// <summary>
/// How many live postings asked for a skill in one week (starting Monday, UTC), out of all live postings then. The
/// ongoing week's row is counted again on every run of <see cref="SkillDemand.SnapshotAsync"/> and holds its latest
/// figures; a past week's row stays as its last run left it. Written only by that set-based statement, never by the
/// change tracker.
/// </summary>
public sealed class SkillDemandWeek
{
    private SkillDemandWeek()
    {
    }

    public DateOnly WeekStart { get; private set; }

    public int SkillId { get; private set; }

    /// <summary>Live postings whose skills include this one.</summary>
    public int Postings { get; private set; }

    /// <summary>All live postings at the same count, the base of the share.</summary>
    public int LivePostings { get; private set; }

    /// <summary>When these figures were last counted.</summary>
    public DateTime CountedAt { get; private set; }
}
