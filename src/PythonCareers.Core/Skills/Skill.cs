using PythonCareers.Core.Common;
using PythonCareers.Core.Roles;

namespace PythonCareers.Core.Skills;

/// <summary>Something a role needs: a language feature, a framework, a tool or a soft skill.</summary>
public sealed class Skill
{
    public const int NameMaxLength = 100;
    public const int DescriptionMaxLength = 1000;

    private readonly List<RoleProfile> roles = [];

    private Skill()
    {
    }

    public Skill(string slug, string name, SkillCategory category, string description) => Edit(slug, name, category, description);

    /// <summary>PostgreSQL's row version (xmin): a second editor saving stale values gets a conflict, not a lost update.</summary>
    public uint Version { get; private set; }

    public int Id { get; private set; }

    public string Slug { get; private set; } = "";

    public string Name { get; private set; } = "";

    public SkillCategory Category { get; private set; }

    public string Description { get; private set; } = "";

    /// <summary>The roles that list it; a role changes them through <see cref="RoleProfile.Assign"/>.</summary>
    public IReadOnlyCollection<RoleProfile> Roles => roles;

    public void Edit(string slug, string name, SkillCategory category, string description)
    {
        var checkedSlug = Common.Slug.Require(slug);
        var checkedName = Guard.Text(name, "The name", NameMaxLength);
        var checkedCategory = Enum.IsDefined(category) ? category : throw new DomainRuleException($"Unknown skill category {category}.");
        var checkedDescription = Guard.Text(description, "The description", DescriptionMaxLength);
        Slug = checkedSlug;
        Name = checkedName;
        Category = checkedCategory;
        Description = checkedDescription;
    }

    /// <summary>The skill as the audit log records it before and after a change.</summary>
    public SkillSnapshot Snapshot() => new(Slug, Name, Category, Description);
}

public sealed record SkillSnapshot(string Slug, string Name, SkillCategory Category, string Description);
