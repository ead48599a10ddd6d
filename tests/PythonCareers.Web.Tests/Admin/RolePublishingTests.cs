using System.Net;
using Microsoft.EntityFrameworkCore;
using PythonCareers.Core.Audit;
using PythonCareers.Web.Tests.Infrastructure;

namespace PythonCareers.Web.Tests.Admin;

public sealed class RolePublishingTests(CareersSite site) : SiteTest(site)
{
    /// <summary>Every public page that lists roles, and whether it links to the data scientist.</summary>
    private async Task<Dictionary<string, bool>> ListingsAsync()
    {
        var listings = new Dictionary<string, bool>();
        foreach (var path in new[] { "/", "/roles", "/areas/data-science", "/skills/pandas", "/salaries", "/roles/data-analyst" })
        {
            var (response, page) = await GetPageAsync(path);
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            listings[path] = page.QuerySelectorAll("main a").Any(a => a.GetAttribute("href") is "/roles/data-scientist" or "/salaries/data-scientist");
        }

        var (_, jobs) = await GetPageAsync("/jobs");
        listings["/jobs"] = jobs.QuerySelector("main [value=data-scientist]") is not null;
        return listings;
    }

    [Fact]
    public async Task An_unpublished_role_vanishes_from_every_public_page_and_returns_when_published()
    {
        var id = await Site.RoleIdAsync("data-scientist");
        using var editor = await Site.EditorAsync();
        Assert.All(await ListingsAsync(), listing => Assert.True(listing.Value, $"{listing.Key} does not list the role to begin with"));

        var (unpublished, _) = await editor.SubmitAsync($"/admin/roles/{id}", $"/admin/roles/{id}/unpublish", []);

        Assert.Equal(HttpStatusCode.Redirect, unpublished.StatusCode);
        Assert.All(await ListingsAsync(), listing => Assert.False(listing.Value, $"{listing.Key} still lists the unpublished role"));
        foreach (var path in new[] { "/roles/data-scientist", "/salaries/data-scientist", "/roles/data-scientist/jobs.xml", "/jobs?role=data-scientist" })
        {
            Assert.True((await GetPageAsync(path)).Response.StatusCode is HttpStatusCode.NotFound or HttpStatusCode.BadRequest, path);
        }

        var (published, _) = await editor.SubmitAsync($"/admin/roles/{id}", $"/admin/roles/{id}/publish", []);

        Assert.Equal(HttpStatusCode.Redirect, published.StatusCode);
        Assert.All(await ListingsAsync(), listing => Assert.True(listing.Value, $"{listing.Key} does not list the role again"));
        Assert.Equal([AuditAction.Unpublished, AuditAction.Published], (await Site.AuditAsync("RoleProfile")).Select(a => a.Action));
    }

    [Fact]
    public async Task A_new_role_starts_unpublished_and_goes_live_when_published()
    {
        using var editor = await Site.EditorAsync();
        var (opened, page) = await editor.GetAsync("/admin/roles/new");
        Assert.Equal(HttpStatusCode.OK, opened.StatusCode);

        var (created, _) = await editor.PostAsync("/admin/roles/new", ContentEditors.Changed(
            ContentEditors.FormFields(page, "/admin/roles/new"),
            ("Slug", "python-data-engineer"),
            ("Title", "Python Data Engineer"),
            ("Summary", "Builds the pipelines data flows through."),
            ("Description", "Data engineers build **pipelines**."),
            ("BackgroundAndEducation", "Often a computer science degree."),
            ("Responsibilities", "Build pipelines\nKeep them running")));

        Assert.Equal(HttpStatusCode.Redirect, created.StatusCode);
        var editPath = created.Headers.Location!.OriginalString;
        Assert.Equal(HttpStatusCode.NotFound, (await GetPageAsync("/roles/python-data-engineer")).Response.StatusCode);

        await editor.SubmitAsync(editPath, editPath + "/publish", []);

        var (response, role) = await GetPageAsync("/roles/python-data-engineer");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(["Build pipelines", "Keep them running"], role.QuerySelectorAll("ol.responsibilities li").Select(li => li.TextContent));
        Assert.Equal([AuditAction.Created, AuditAction.Published], (await Site.AuditAsync("RoleProfile")).Select(a => a.Action));
        await using var db = Site.CreateContext();
        Assert.True(await db.RoleProfiles.AnyAsync(r => r.Slug == "python-data-engineer" && r.IsPublished));
    }
}
