using PythonCareers.Core.CareerAreas;
using PythonCareers.Core.Common;
using PythonCareers.Core.Roles;
using PythonCareers.Core.Skills;
using PythonCareers.Core.Sources;

namespace PythonCareers.Core.Tests.Roles;

public sealed class RoleProfileTests
{
    private static readonly DataSource Source = new("fm-2022", "freelancermap", "Guide", null, new DateOnly(2022, 11, 1), DatePrecision.Month, new DateOnly(2026, 11, 24));

    private static RoleProfile Role(string slug = "data-scientist", params string[] responsibilities)
    {
        var role = new RoleProfile(slug, "Data Scientist", "Finds answers in data.", "Builds models.", "A degree helps.", 1, Source);
        role.SetResponsibilities(responsibilities.Length > 0 ? responsibilities : ["Clean data", "Build models", "Present findings"]);

        return role;
    }

    private static List<string> Listed(RoleProfile role) => [.. role.Responsibilities.OrderBy(r => r.Position).Select(r => r.Text)];

    [Fact]
    public void Reordering_responsibilities_moves_the_texts_and_keeps_positions_one_to_n()
    {
        var role = Role();

        role.SetResponsibilities(["Present findings", "Clean data", "Build models"]);

        Assert.Equal(["Present findings", "Clean data", "Build models"], Listed(role));
        Assert.Equal([1, 2, 3], role.Responsibilities.Select(r => r.Position).Order());
    }

    [Fact]
    public void Responsibilities_can_be_added_and_removed()
    {
        var role = Role();

        role.SetResponsibilities(["Build models", "Run A/B tests", "Clean data", "Write reports"]);
        Assert.Equal(["Build models", "Run A/B tests", "Clean data", "Write reports"], Listed(role));

        role.SetResponsibilities(["Write reports"]);
        Assert.Equal(["Write reports"], Listed(role));
    }

    [Fact]
    public void A_role_needs_at_least_one_responsibility_and_each_within_the_limit()
    {
        var role = Role();

        Assert.Throws<DomainRuleException>(() => role.SetResponsibilities([]));
        Assert.Throws<DomainRuleException>(() => role.SetResponsibilities(["Fine", new string('x', RoleResponsibility.TextMaxLength + 1)]));
        Assert.Throws<DomainRuleException>(() => role.SetResponsibilities([.. Enumerable.Repeat("Same again", RoleProfile.MaxResponsibilities + 1)]));
        Assert.Equal(["Clean data", "Build models", "Present findings"], Listed(role));
    }

    [Fact]
    public void Describing_a_role_checks_every_text_before_changing_any()
    {
        var role = Role();

        Assert.Throws<DomainRuleException>(() => role.Describe("New title", "New summary", " ", "Background", 2, Source));

        Assert.Equal("Data Scientist", role.Title);
        Assert.Equal("Finds answers in data.", role.Summary);
    }

    [Fact]
    public void Renaming_returns_the_old_slug_and_refuses_a_bad_one()
    {
        var role = Role();

        Assert.Equal("data-scientist", role.Rename("data-science-lead"));
        Assert.Equal("data-science-lead", role.Slug);
        Assert.Throws<DomainRuleException>(() => role.Rename("Data Science Lead"));
    }

    [Fact]
    public void Publishing_and_unpublishing_change_the_state_once()
    {
        var role = Role();

        role.Unpublish();
        Assert.False(role.IsPublished);
        Assert.Throws<DomainRuleException>(role.Unpublish);
        role.Publish();
        Assert.True(role.IsPublished);
        Assert.Throws<DomainRuleException>(role.Publish);
    }

    [Fact]
    public void Assigning_replaces_skills_areas_and_related_roles_but_never_the_role_itself()
    {
        var role = Role();
        var django = new Skill("django", "Django", SkillCategory.WebFrameworks, "A web framework.");
        var pandas = new Skill("pandas", "pandas", SkillCategory.DataLibraries, "Data frames.");
        var area = new CareerArea("data-science", "Data Science", "Analysis.", 1, Source);
        var analyst = Role("data-analyst");
        role.Assign([django], [area], [analyst]);

        role.Assign([pandas], [], [analyst]);

        Assert.Equal([pandas], role.Skills);
        Assert.Empty(role.Areas);
        Assert.Equal([analyst], role.RelatedRoles);
        Assert.Throws<DomainRuleException>(() => role.Assign([], [], [role]));
    }

    [Fact]
    public void The_snapshot_names_skills_areas_and_related_roles_by_slug()
    {
        var role = Role();
        role.Assign([new Skill("pandas", "pandas", SkillCategory.DataLibraries, "Data frames.")], [], [Role("data-analyst")]);

        var snapshot = role.Snapshot();

        Assert.Equal(["pandas"], snapshot.Skills);
        Assert.Equal(["data-analyst"], snapshot.RelatedRoles);
        Assert.Equal(["Clean data", "Build models", "Present findings"], snapshot.Responsibilities);
        Assert.Equal("fm-2022", snapshot.Source);
    }
}
