using PythonCareers.Core.Common;
using PythonCareers.Core.Roles;

namespace PythonCareers.Core.Skills;

/// <summary>Something a role needs: a language feature, a framework, a tool or a soft skill.</summary>
public sealed class Skill
{
    public const int NameMaxLength = 100;
    public const int DescriptionMaxLength = 1000;

    private Skill()
    {
    }

    public Skill(string slug, string name, SkillCategory category, string description)
    {
        Slug = Common.Slug.Require(slug);
        Name = Guard.Text(name, "The name", NameMaxLength);
        Category = Enum.IsDefined(category) ? category : throw new DomainRuleException($"Unknown skill category {category}.");
        Description = Guard.Text(description, "The description", DescriptionMaxLength);
    }

    /// <summary>PostgreSQL's row version (xmin): a second editor saving stale values gets a conflict, not a lost update.</summary>
    public uint Version { get; private set; }

    public int Id { get; private set; }

    public string Slug { get; private set; } = "";

    public string Name { get; private set; } = "";

    public SkillCategory Category { get; private set; }

    public string Description { get; private set; } = "";

    public ICollection<RoleProfile> Roles { get; } = [];
}
