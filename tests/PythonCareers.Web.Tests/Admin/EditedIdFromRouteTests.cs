using System.Net;
using Microsoft.EntityFrameworkCore;
using PythonCareers.Web.Tests.Infrastructure;

namespace PythonCareers.Web.Tests.Admin;

/// <summary>The validators that need the edited record's id read the id of the address: a posted one changes nothing.</summary>
public sealed class EditedIdFromRouteTests(CareersSite site) : SiteTest(site)
{
    [Fact]
    public async Task A_skill_saved_with_another_skills_id_in_the_form_is_still_checked_as_itself()
    {
        await using var db = Site.CreateContext();
        var django = await db.Skills.Where(s => s.Slug == "django").Select(s => s.Id).SingleAsync();
        var flask = (await db.Skills.Where(s => s.Slug == "flask").Select(s => s.Id).SingleAsync()).ToString(System.Globalization.CultureInfo.InvariantCulture);
        using var editor = await Site.EditorAsync();

        var (response, page) = await editor.EditAsync($"/admin/skills/{django}", ("Slug", "flask"), ("SkillId", flask), ("id", flask));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("already the address of another skill", page.QuerySelector("[data-valmsg-for=Slug]")!.TextContent, StringComparison.Ordinal);
        Assert.Equal("django", await db.Skills.Where(s => s.Id == django).Select(s => s.Slug).SingleAsync());
    }

    [Fact]
    public async Task A_new_skill_posted_with_an_existing_skills_id_is_checked_as_a_new_one()
    {
        await using var db = Site.CreateContext();
        var flask = (await db.Skills.Where(s => s.Slug == "flask").Select(s => s.Id).SingleAsync()).ToString(System.Globalization.CultureInfo.InvariantCulture);
        using var editor = await Site.EditorAsync();
        var (_, form) = await editor.GetAsync("/admin/skills/new");

        var (response, page) = await editor.PostAsync("/admin/skills/new", ContentEditors.Changed(
            ContentEditors.FormFields(form, "/admin/skills/new"),
            ("Slug", "flask"), ("Name", "Flask again"), ("Category", "WebFrameworks"), ("Description", "A second Flask."), ("SkillId", flask), ("id", flask)));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("already the address of another skill", page.QuerySelector("[data-valmsg-for=Slug]")!.TextContent, StringComparison.Ordinal);
        Assert.Equal(1, await db.Skills.CountAsync(s => s.Slug == "flask"));
    }

    [Fact]
    public async Task A_skill_posted_with_every_field_under_the_forms_prefix_is_still_checked_as_itself()
    {
        await using var db = Site.CreateContext();
        var django = await db.Skills.Where(s => s.Slug == "django").Select(s => s.Id).SingleAsync();
        using var editor = await Site.EditorAsync();
        var path = $"/admin/skills/{django}";
        var (_, form) = await editor.GetAsync(path);
        var fields = ContentEditors.Changed(ContentEditors.FormFields(form, path), ("Name", "Django, the web framework"));

        var (response, _) = await editor.PostAsync(path, [.. fields.Select(f => f.Key.StartsWith("__", StringComparison.Ordinal) ? f : new("form." + f.Key, f.Value))]);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal(("django", "Django, the web framework"), await db.Skills.Where(s => s.Id == django).Select(s => new ValueTuple<string, string>(s.Slug, s.Name)).SingleAsync());
    }
}
