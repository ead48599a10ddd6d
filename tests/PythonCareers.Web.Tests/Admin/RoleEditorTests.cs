using System.Net;
using Microsoft.EntityFrameworkCore;
using PythonCareers.Core.Audit;
using PythonCareers.Web.Tests.Infrastructure;

namespace PythonCareers.Web.Tests.Admin;

public sealed class RoleEditorTests(CareersSite site) : SiteTest(site)
{
    private const string Hostile = "We **zebra** data. <script>alert(1)</script> <img src=x onerror=alert(1)> [click](javascript:alert(1)) [docs](https://pandas.pydata.org)";

    [Fact]
    public async Task An_edit_shows_on_the_public_page_at_once_with_the_markdown_rendered_and_sanitized()
    {
        var id = await Site.RoleIdAsync("data-scientist");
        using var editor = await Site.EditorAsync();

        var (response, _) = await editor.EditAsync(
            $"/admin/roles/{id}",
            ("Title", "Data Scientist (ML)"),
            ("Summary", "Turns data into predictions."),
            ("Description", Hostile),
            ("BackgroundAndEducation", "- Statistics\n- *Python*"),
            ("Responsibilities", "Present findings\nClean data\n\nRun experiments"));

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var (_, page) = await GetPageAsync("/roles/data-scientist");
        Assert.Equal("Data Scientist (ML)", page.QuerySelector("h1")!.TextContent);
        Assert.Equal("Turns data into predictions.", page.QuerySelector(".lead")!.TextContent);
        Assert.Equal("zebra", page.QuerySelector("main .description strong")!.TextContent);
        Assert.Equal(["Statistics", "Python"], page.QuerySelectorAll("#background ~ .description li").Select(li => li.TextContent));
        Assert.Equal(["Present findings", "Clean data", "Run experiments"], page.QuerySelectorAll("ol.responsibilities li").Select(li => li.TextContent));
        Assert.Empty(page.QuerySelectorAll("main script, main img, main [onerror]"));
        Assert.DoesNotContain(page.QuerySelectorAll("main a"), a => (a.GetAttribute("href") ?? "").StartsWith("javascript", StringComparison.OrdinalIgnoreCase));
        Assert.Contains(page.QuerySelectorAll("main .description a"), a => a.GetAttribute("href") == "https://pandas.pydata.org");

        var entry = Assert.Single(await Site.AuditAsync("RoleProfile"));
        Assert.Equal((AuditAction.Updated, "editor@pythoncareers.example", id.ToString(System.Globalization.CultureInfo.InvariantCulture)), (entry.Action, entry.UserName, entry.EntityId));
        Assert.Contains("\"title\": \"Data Scientist\"", entry.Before, StringComparison.Ordinal);
        Assert.Contains("\"title\": \"Data Scientist (ML)\"", entry.After, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_seed_text_reads_as_before_now_that_it_is_rendered_as_markdown()
    {
        await using var db = Site.CreateContext();
        var description = await db.RoleProfiles.Where(r => r.Slug == "python-web-developer").Select(r => r.Description).SingleAsync();

        var (_, page) = await GetPageAsync("/roles/python-web-developer");

        Assert.Equal(description, page.QuerySelector("main .description p")!.TextContent);
    }

    [Fact]
    public async Task Skills_areas_and_related_roles_are_assigned_with_checkboxes()
    {
        var id = await Site.RoleIdAsync("data-analyst");
        await using var db = Site.CreateContext();
        var django = await db.Skills.Where(s => s.Slug == "django").Select(s => s.Id).SingleAsync();
        var devops = await db.CareerAreas.Where(a => a.Slug == "devops").Select(a => a.Id).SingleAsync();
        var webDeveloper = await Site.RoleIdAsync("python-web-developer");
        using var editor = await Site.EditorAsync();

        var (response, _) = await editor.EditAsync(
            $"/admin/roles/{id}",
            ("SkillIds", django.ToString(System.Globalization.CultureInfo.InvariantCulture)),
            ("AreaIds", devops.ToString(System.Globalization.CultureInfo.InvariantCulture)),
            ("RelatedRoleIds", webDeveloper.ToString(System.Globalization.CultureInfo.InvariantCulture)));

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var (_, page) = await GetPageAsync("/roles/data-analyst");
        Assert.Equal(["Django"], page.QuerySelectorAll("#skills ~ ul.tags a").Select(a => a.TextContent));
        Assert.Equal(["/areas/devops"], page.QuerySelectorAll("main a[href^='/areas/']").Select(a => a.GetAttribute("href")));
        Assert.Equal(["/roles/python-web-developer"], page.QuerySelectorAll("#related ~ ul a").Select(a => a.GetAttribute("href")));
    }

    [Fact]
    public async Task Preview_renders_the_markdown_and_saves_nothing()
    {
        var id = await Site.RoleIdAsync("data-scientist");
        using var editor = await Site.EditorAsync();

        var (response, page) = await editor.EditAsync($"/admin/roles/{id}", ("Description", Hostile), ("intent", "preview"));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("zebra", page.QuerySelector(".preview strong")!.TextContent);
        Assert.Empty(page.QuerySelectorAll(".preview script, .preview img, .preview [onerror]"));
        Assert.Equal(Hostile, page.QuerySelector("textarea[name=Description]")!.TextContent);
        await using var db = Site.CreateContext();
        Assert.DoesNotContain("zebra", await db.RoleProfiles.Where(r => r.Id == id).Select(r => r.Description).SingleAsync(), StringComparison.Ordinal);
        Assert.Empty(await Site.AuditAsync("RoleProfile"));
    }

    [Fact]
    public async Task Bad_input_in_any_field_is_refused_next_to_that_field_and_changes_nothing()
    {
        var id = await Site.RoleIdAsync("data-scientist");
        var self = id.ToString(System.Globalization.CultureInfo.InvariantCulture);
        await using var db = Site.CreateContext();
        var before = await db.RoleProfiles.Where(r => r.Id == id).Select(r => new { r.Slug, r.Title, r.Summary, r.Description, r.BackgroundAndEducation, r.Version }).SingleAsync();
        using var editor = await Site.EditorAsync();
        var (_, form) = await editor.GetAsync($"/admin/roles/{id}");
        var fields = ContentEditors.FormFields(form, $"/admin/roles/{id}");
        (string Field, string Value)[] cases =
        [
            ("Slug", "Data Scientist"),
            ("Slug", ""),
            ("Title", " "),
            ("Title", new string('t', 121)),
            ("Summary", ""),
            ("Summary", new string('s', 501)),
            ("Description", ""),
            ("Description", new string('d', 4001)),
            ("BackgroundAndEducation", "\n"),
            ("BackgroundAndEducation", new string('b', 4001)),
            ("Responsibilities", " \n \n"),
            ("Responsibilities", "Fine\n" + new string('r', 501)),
            ("DataSourceId", "999999"),
            ("DataSourceId", "not a number"),
            ("SortOrder", "-1"),
            ("SkillIds", "999999"),
            ("AreaIds", "999999"),
            ("RelatedRoleIds", self),
        ];

        foreach (var (field, value) in cases)
        {
            var (response, page) = await editor.PostAsync($"/admin/roles/{id}", ContentEditors.Changed(fields, (field, value)));

            Assert.True(response.StatusCode == HttpStatusCode.BadRequest, $"{field} = '{value[..Math.Min(value.Length, 20)]}' answered {response.StatusCode}");
            Assert.NotNull(page.QuerySelector($"[data-valmsg-for={field}]"));
        }

        var after = await db.RoleProfiles.Where(r => r.Id == id).Select(r => new { r.Slug, r.Title, r.Summary, r.Description, r.BackgroundAndEducation, r.Version }).SingleAsync();
        Assert.Equal(before, after);
        Assert.Empty(await Site.AuditAsync("RoleProfile"));
    }

    [Fact]
    public async Task A_second_editor_saving_a_stale_form_gets_a_conflict_and_the_first_edit_stays()
    {
        var id = await Site.RoleIdAsync("data-scientist");
        using var first = await Site.EditorAsync("first@pythoncareers.example");
        using var second = await Site.EditorAsync("second@pythoncareers.example");
        var (_, secondForm) = await second.GetAsync($"/admin/roles/{id}");

        var (saved, _) = await first.EditAsync($"/admin/roles/{id}", ("Title", "Data Scientist, first"));
        var (conflict, page) = await second.PostAsync($"/admin/roles/{id}", ContentEditors.Changed(ContentEditors.FormFields(secondForm, $"/admin/roles/{id}"), ("Title", "Data Scientist, second")));

        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        Assert.Equal(HttpStatusCode.Conflict, conflict.StatusCode);
        Assert.Contains("Another editor saved this", page.QuerySelector("#conflict")!.TextContent, StringComparison.Ordinal);
        Assert.Contains(page.QuerySelectorAll(".saved-value"), dd => dd.TextContent == "Data Scientist, first");
        Assert.Equal("Data Scientist, second", page.QuerySelector("input[name=Title]")!.GetAttribute("value"));
        await using var db = Site.CreateContext();
        Assert.Equal("Data Scientist, first", await db.RoleProfiles.Where(r => r.Id == id).Select(r => r.Title).SingleAsync());
        Assert.Single(await Site.AuditAsync("RoleProfile"));

        var (resaved, _) = await second.PostAsync($"/admin/roles/{id}", ContentEditors.FormFields(page, $"/admin/roles/{id}"));
        Assert.Equal(HttpStatusCode.Redirect, resaved.StatusCode);
    }
}
