using PythonCareers.Core.Skills;

namespace PythonCareers.Web.Features.Skills;

/// <summary>
/// /skills: every skill with its count, in the order asked for. <see cref="Refused"/> is set when the order was not one
/// the page knows; the skills are then in the default order.
/// </summary>
public sealed record SkillIndexViewModel(SkillOrder Order, IReadOnlyList<SkillListItem> Skills, string? Refused)
{
    /// <summary>For the category order: the categories in their order, each with its skills by name.</summary>
    public IReadOnlyList<IGrouping<SkillCategory, SkillListItem>> Groups =>
        [.. Skills.GroupBy(s => s.Skill.Category).OrderBy(g => g.Key)];

    /// <summary>The latest count among the skills, which the page gives as the figures' date.</summary>
    public DateTime? CountedAt => Skills.Max(s => s.Demand?.CountedAt);
}
