namespace PythonCareers.Core.Skills;

/// <summary>A week of a skill's trend, with its figures, or none for a week nobody counted.</summary>
public sealed record SkillDemandPoint(DateOnly WeekStart, SkillDemandFigure? Figure);
