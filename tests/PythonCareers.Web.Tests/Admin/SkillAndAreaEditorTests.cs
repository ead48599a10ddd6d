using System.Net;
using Microsoft.EntityFrameworkCore;
using PythonCareers.Core.Audit;
using PythonCareers.Web.Tests.Infrastructure;

namespace PythonCareers.Web.Tests.Admin;

public sealed class SkillAndAreaEditorTests(CareersSite site) : SiteTest(site)
{
    [Fact]
    public async Task A_skill_in_use_cannot_be_deleted_and_the_refusal_names_its_roles_and_postings()
    {
        await using var db = Site.CreateContext();
        var selenium = await db.Skills.Where(s => s.Slug == "selenium").Select(s => s.Id).SingleAsync();
        await TestPostings.PostingAsync(db, await TestPostings.RecruiterAsync(db), details: TestPostings.Details() with { SkillIds = [selenium] });
        using var editor = await Site.EditorAsync();

        var (response, page) = await editor.SubmitAsync($"/admin/skills/{selenium}", $"/admin/skills/{selenium}/delete", []);

        Assert.Equal(HttpStatusCode.Conflict, response.StatusCode);
        Assert.Equal(
            "Selenium cannot be deleted: it is still used by the role Automation Testing Engineer and 1 job posting. Remove it there first.",
            page.QuerySelector("p.errors")!.TextContent);
        Assert.True(await db.Skills.AnyAsync(s => s.Id == selenium));
        Assert.Empty(await Site.AuditAsync("Skill"));
    }

    [Fact]
    public async Task A_skill_is_created_edited_and_deleted_with_an_audit_entry_for_each()
    {
        using var editor = await Site.EditorAsync();
        var (_, form) = await editor.GetAsync("/admin/skills/new");
        var (created, _) = await editor.PostAsync("/admin/skills/new", ContentEditors.Changed(
            ContentEditors.FormFields(form, "/admin/skills/new"), ("Slug", "htmx"), ("Name", "htmx"), ("Category", "FrontEnd"), ("Description", "HTML over the wire.")));
        Assert.Equal(HttpStatusCode.Redirect, created.StatusCode);
        await using var db = Site.CreateContext();
        var id = await db.Skills.Where(s => s.Slug == "htmx").Select(s => s.Id).SingleAsync();

        var (edited, _) = await editor.EditAsync($"/admin/skills/{id}", ("Name", "HTMX"));
        Assert.Equal(HttpStatusCode.Redirect, edited.StatusCode);
        Assert.Contains((await GetPageAsync("/skills")).Page.QuerySelectorAll("main a"), a => a.TextContent == "HTMX");

        var (deleted, _) = await editor.SubmitAsync($"/admin/skills/{id}", $"/admin/skills/{id}/delete", []);

        Assert.Equal(HttpStatusCode.Redirect, deleted.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await GetPageAsync("/skills/htmx")).Response.StatusCode);
        var audit = await Site.AuditAsync("Skill");
        Assert.Equal([AuditAction.Created, AuditAction.Updated, AuditAction.Deleted], audit.Select(a => a.Action));
        Assert.Contains("\"name\": \"htmx\"", audit[1].Before, StringComparison.Ordinal);
        Assert.Contains("\"name\": \"HTMX\"", audit[1].After, StringComparison.Ordinal);
        Assert.Null(audit[2].After);
    }

    [Fact]
    public async Task Bad_skill_input_is_refused_next_to_the_field_and_changes_nothing()
    {
        await using var db = Site.CreateContext();
        var django = await db.Skills.Where(s => s.Slug == "django").Select(s => s.Id).SingleAsync();
        using var editor = await Site.EditorAsync();
        var (_, form) = await editor.GetAsync($"/admin/skills/{django}");
        var fields = ContentEditors.FormFields(form, $"/admin/skills/{django}");
        (string Field, string Value, string? Message)[] cases =
        [
            ("Slug", "Django_ORM", "lower-case letters"),
            ("Slug", "flask", "already the address of another skill"),
            ("Name", "", null),
            ("Name", new string('n', 101), null),
            ("Category", "Cobol", null),
            ("Description", new string('d', 1001), null),
        ];

        foreach (var (field, value, message) in cases)
        {
            var (response, page) = await editor.PostAsync($"/admin/skills/{django}", ContentEditors.Changed(fields, (field, value)));

            Assert.True(response.StatusCode == HttpStatusCode.BadRequest, $"{field} = {value} answered {response.StatusCode}");
            Assert.Contains(message ?? "", page.QuerySelector($"[data-valmsg-for={field}]")!.TextContent, StringComparison.Ordinal);
        }

        Assert.Equal(new { Slug = "django", Name = "Django" }, await db.Skills.Where(s => s.Id == django).Select(s => new { s.Slug, s.Name }).SingleAsync());
        Assert.Empty(await Site.AuditAsync("Skill"));
    }

    [Fact]
    public async Task A_second_editor_saving_a_stale_skill_gets_a_conflict()
    {
        await using var db = Site.CreateContext();
        var flask = await db.Skills.Where(s => s.Slug == "flask").Select(s => s.Id).SingleAsync();
        using var first = await Site.EditorAsync("first@pythoncareers.example");
        using var second = await Site.EditorAsync("second@pythoncareers.example");
        var (_, stale) = await second.GetAsync($"/admin/skills/{flask}");

        await first.EditAsync($"/admin/skills/{flask}", ("Description", "Saved first."));
        var (conflict, page) = await second.PostAsync($"/admin/skills/{flask}", ContentEditors.Changed(ContentEditors.FormFields(stale, $"/admin/skills/{flask}"), ("Description", "Saved second.")));

        Assert.Equal(HttpStatusCode.Conflict, conflict.StatusCode);
        Assert.Contains(page.QuerySelectorAll(".saved-value"), dd => dd.TextContent == "Saved first.");
        Assert.Equal("Saved first.", await db.Skills.Where(s => s.Id == flask).Select(s => s.Description).SingleAsync());
    }

    [Fact]
    public async Task A_career_area_in_use_cannot_be_deleted_and_an_unused_one_can()
    {
        await using var db = Site.CreateContext();
        var ai = await db.CareerAreas.Where(a => a.Slug == "artificial-intelligence").Select(a => a.Id).SingleAsync();
        using var editor = await Site.EditorAsync();

        var (refused, page) = await editor.SubmitAsync($"/admin/areas/{ai}", $"/admin/areas/{ai}/delete", []);

        Assert.Equal(HttpStatusCode.Conflict, refused.StatusCode);
        Assert.Equal(
            "Artificial Intelligence cannot be deleted: it is still used by the roles Python Programmer, Data Scientist and Machine Learning Engineer. Remove it there first.",
            page.QuerySelector("p.errors")!.TextContent);

        var (_, form) = await editor.GetAsync("/admin/areas/new");
        var (created, _) = await editor.PostAsync("/admin/areas/new", ContentEditors.Changed(
            ContentEditors.FormFields(form, "/admin/areas/new"), ("Slug", "scientific-computing"), ("Name", "Scientific Computing"), ("PythonUse", "Simulations.")));
        Assert.Equal(HttpStatusCode.Redirect, created.StatusCode);
        Assert.Contains((await GetPageAsync("/")).Page.QuerySelectorAll("main a"), a => a.GetAttribute("href") == "/areas/scientific-computing");
        var id = await db.CareerAreas.Where(a => a.Slug == "scientific-computing").Select(a => a.Id).SingleAsync();

        var (deleted, _) = await editor.SubmitAsync($"/admin/areas/{id}", $"/admin/areas/{id}/delete", []);

        Assert.Equal(HttpStatusCode.Redirect, deleted.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await GetPageAsync("/areas/scientific-computing")).Response.StatusCode);
        Assert.Equal([AuditAction.Created, AuditAction.Deleted], (await Site.AuditAsync("CareerArea")).Select(a => a.Action));
    }

    [Fact]
    public async Task Bad_career_area_input_is_refused_next_to_the_field_and_an_edit_shows_at_once()
    {
        await using var db = Site.CreateContext();
        var devops = await db.CareerAreas.Where(a => a.Slug == "devops").Select(a => a.Id).SingleAsync();
        using var editor = await Site.EditorAsync();
        var (_, form) = await editor.GetAsync($"/admin/areas/{devops}");
        var fields = ContentEditors.FormFields(form, $"/admin/areas/{devops}");
        (string Field, string Value)[] cases =
        [
            ("Slug", "-devops"), ("Slug", "data-science"), ("Name", " "), ("PythonUse", new string('p', 2001)), ("SortOrder", "x"), ("SortOrder", "10001"), ("DataSourceId", "0"),
        ];

        foreach (var (field, value) in cases)
        {
            var (response, page) = await editor.PostAsync($"/admin/areas/{devops}", ContentEditors.Changed(fields, (field, value)));

            Assert.True(response.StatusCode == HttpStatusCode.BadRequest, $"{field} = {value} answered {response.StatusCode}");
            Assert.NotNull(page.QuerySelector($"[data-valmsg-for={field}]"));
        }

        Assert.Empty(await Site.AuditAsync("CareerArea"));
        var (saved, _) = await editor.PostAsync($"/admin/areas/{devops}", ContentEditors.Changed(fields, ("Name", "DevOps and Platforms")));
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        Assert.Equal("Python in DevOps and Platforms", (await GetPageAsync("/areas/devops")).Page.QuerySelector("h1")!.TextContent);
        Assert.Equal(AuditAction.Updated, Assert.Single(await Site.AuditAsync("CareerArea")).Action);
    }
}
