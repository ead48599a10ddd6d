using PythonCareers.Core.Skills;
using PythonCareers.Web.Features.Roles;

namespace PythonCareers.Web.Features.Skills;

/// <summary>
/// A skill's page: the skill, the roles that list it, and what live postings say: the latest count (none before the
/// first), its trend (none before the first count) and the pay comparisons that have enough postings behind them.
/// </summary>
public sealed record SkillDetailsViewModel(
    SkillView Skill, IReadOnlyList<RoleLink> Roles, SkillDemandFigure? Demand, SkillTrend? Trend, IReadOnlyList<SkillPremiumFigure> Premiums);
