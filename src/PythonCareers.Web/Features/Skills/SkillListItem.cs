using PythonCareers.Core.Skills;

namespace PythonCareers.Web.Features.Skills;

/// <summary>A skill on /skills with its latest count, if it has been counted.</summary>
public sealed record SkillListItem(SkillView Skill, SkillDemandFigure? Demand);
