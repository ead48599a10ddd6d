using PythonCareers.Core.Common;
using PythonCareers.Core.Skills;

namespace PythonCareers.Core.Tests.Skills;

public sealed class SkillTests
{
    [Fact]
    public void Editing_changes_every_field()
    {
        var skill = new Skill("django", "Django", SkillCategory.WebFrameworks, "A web framework.");

        skill.Edit("django-orm", "Django ORM", SkillCategory.Databases, "Django's database layer.");

        Assert.Equal(new SkillSnapshot("django-orm", "Django ORM", SkillCategory.Databases, "Django's database layer."), skill.Snapshot());
    }

    [Theory]
    [InlineData("Django", "Django", "A web framework.")]
    [InlineData("django", " ", "A web framework.")]
    [InlineData("django", "Django", "")]
    public void A_bad_edit_changes_nothing(string slug, string name, string description)
    {
        var skill = new Skill("flask", "Flask", SkillCategory.WebFrameworks, "A micro framework.");

        Assert.Throws<DomainRuleException>(() => skill.Edit(slug, name, SkillCategory.WebFrameworks, description));

        Assert.Equal(new SkillSnapshot("flask", "Flask", SkillCategory.WebFrameworks, "A micro framework."), skill.Snapshot());
    }

    [Fact]
    public void An_unknown_category_is_refused() =>
        Assert.Throws<DomainRuleException>(() => new Skill("flask", "Flask", (SkillCategory)99, "A micro framework."));
}
