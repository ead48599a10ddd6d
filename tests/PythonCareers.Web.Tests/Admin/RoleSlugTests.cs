using System.Net;
using Microsoft.EntityFrameworkCore;
using PythonCareers.Web.Tests.Infrastructure;

namespace PythonCareers.Web.Tests.Admin;

public sealed class RoleSlugTests(CareersSite site) : SiteTest(site)
{
    private static async Task RenameAsync(Visitor editor, int id, string slug)
    {
        var (response, page) = await editor.EditAsync($"/admin/roles/{id}", ("Slug", slug));
        Assert.True(response.StatusCode == HttpStatusCode.Redirect, page.QuerySelector(".field-error")?.TextContent);
    }

    private async Task AssertMovedAsync(string from, string to)
    {
        var (response, _) = await GetPageAsync(from);
        Assert.Equal(HttpStatusCode.MovedPermanently, response.StatusCode);
        Assert.Equal(to, response.Headers.Location!.OriginalString);
    }

    [Fact]
    public async Task Every_old_slug_of_a_renamed_role_redirects_permanently_to_the_current_one()
    {
        var id = await Site.RoleIdAsync("data-scientist");
        using var editor = await Site.EditorAsync();

        await RenameAsync(editor, id, "data-science-specialist");
        await RenameAsync(editor, id, "ml-data-scientist");

        Assert.Equal(HttpStatusCode.OK, (await GetPageAsync("/roles/ml-data-scientist")).Response.StatusCode);
        await AssertMovedAsync("/roles/data-scientist", "/roles/ml-data-scientist");
        await AssertMovedAsync("/roles/data-science-specialist", "/roles/ml-data-scientist");
        await AssertMovedAsync("/salaries/data-scientist", "/salaries/ml-data-scientist");
        await AssertMovedAsync("/salaries/data-science-specialist", "/salaries/ml-data-scientist");
    }

    [Fact]
    public async Task Renaming_back_and_forth_makes_the_old_slug_live_again()
    {
        var id = await Site.RoleIdAsync("data-scientist");
        using var editor = await Site.EditorAsync();

        await RenameAsync(editor, id, "data-wizard");
        await RenameAsync(editor, id, "data-scientist");

        Assert.Equal(HttpStatusCode.OK, (await GetPageAsync("/roles/data-scientist")).Response.StatusCode);
        await AssertMovedAsync("/roles/data-wizard", "/roles/data-scientist");

        await RenameAsync(editor, id, "data-wizard");

        Assert.Equal(HttpStatusCode.OK, (await GetPageAsync("/salaries/data-wizard")).Response.StatusCode);
        await AssertMovedAsync("/roles/data-scientist", "/roles/data-wizard");
        await using var db = Site.CreateContext();
        Assert.Equal(["data-scientist"], await db.RoleSlugRedirects.Select(r => r.OldSlug).ToListAsync());
    }

    [Fact]
    public async Task A_slug_that_another_role_has_or_had_is_refused()
    {
        var scientist = await Site.RoleIdAsync("data-scientist");
        var analyst = await Site.RoleIdAsync("data-analyst");
        using var editor = await Site.EditorAsync();

        var (taken, page) = await editor.EditAsync($"/admin/roles/{analyst}", ("Slug", "data-scientist"));

        Assert.Equal(HttpStatusCode.BadRequest, taken.StatusCode);
        Assert.Contains("already the address of Data Scientist", page.QuerySelector("[data-valmsg-for=Slug]")!.TextContent, StringComparison.Ordinal);

        await RenameAsync(editor, scientist, "data-science-lead");
        var (forwarded, forwardedPage) = await editor.EditAsync($"/admin/roles/{analyst}", ("Slug", "data-scientist"));

        Assert.Equal(HttpStatusCode.BadRequest, forwarded.StatusCode);
        Assert.Contains("old links still lead there", forwardedPage.QuerySelector("[data-valmsg-for=Slug]")!.TextContent, StringComparison.Ordinal);
        await AssertMovedAsync("/roles/data-scientist", "/roles/data-science-lead");
    }
}
