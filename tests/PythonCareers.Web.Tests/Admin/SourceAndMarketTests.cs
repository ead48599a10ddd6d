using System.Globalization;
using System.Net;
using Microsoft.EntityFrameworkCore;
using PythonCareers.Core.Audit;
using PythonCareers.Web.Tests.Infrastructure;

namespace PythonCareers.Web.Tests.Admin;

public sealed class SourceAndMarketTests(CareersSite site) : SiteTest(site)
{
    [Fact]
    public async Task A_source_in_use_is_not_deleted_and_the_refusal_says_where_it_is_used()
    {
        using var editor = await Site.EditorAsync();
        await using var db = Site.CreateContext();
        var source = await db.DataSources.SingleAsync(s => s.Key == "fm-2022");

        var (response, page) = await editor.SubmitAsync($"/admin/sources/{source.Id}", $"/admin/sources/{source.Id}/delete", Visitor.Fields(("version", source.Version.ToString(CultureInfo.InvariantCulture))));

        Assert.Equal(HttpStatusCode.Conflict, response.StatusCode);
        Assert.Contains("salary figures (roles", page.QuerySelector(".lead")!.TextContent, StringComparison.Ordinal);
        Assert.Contains("python-programmer", page.QuerySelector(".lead")!.TextContent, StringComparison.Ordinal);
        Assert.True(await db.DataSources.AnyAsync(s => s.Key == "fm-2022"));
    }

    [Fact]
    public async Task A_new_source_is_audited_and_an_unused_one_can_be_deleted()
    {
        using var editor = await Site.EditorAsync();

        var (created, _) = await editor.SubmitAsync("/admin/sources/new", "/admin/sources/new", Visitor.Fields(
            ("Key", "so-2025"), ("Publisher", "Stack Overflow"), ("Title", "Developer Survey 2025"), ("Url", "https://survey.stackoverflow.co/2025"), ("AsOf", "2025-07-01"), ("AsOfPrecision", "Month"), ("Version", "0")));
        var path = created.Headers.Location!.OriginalString;
        var (_, page) = await editor.GetAsync(path);
        var (deleted, _) = await editor.SubmitAsync(path, path + "/delete", Visitor.Fields(("version", page.QuerySelector("input[name=Version]")!.GetAttribute("value")!)));

        Assert.Equal(HttpStatusCode.Redirect, created.StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, deleted.StatusCode);
        await using var db = Site.CreateContext();
        Assert.False(await db.DataSources.AnyAsync(s => s.Key == "so-2025"));
        Assert.Equal([AuditAction.Created, AuditAction.Deleted], await db.AuditEntries.OrderBy(e => e.Id).Select(e => e.Action).ToListAsync());
    }

    [Theory]
    [InlineData("javascript:alert(1)")]
    [InlineData("not a url")]
    [InlineData("0")]
    [InlineData("python-programmer")]
    public async Task A_source_with_a_bad_address_is_refused_next_to_the_field(string url)
    {
        using var editor = await Site.EditorAsync();
        await using var db = Site.CreateContext();
        var existing = await db.DataSources.SingleAsync(s => s.Key == "fm-2022");

        var (created, createPage) = await editor.SubmitAsync("/admin/sources/new", "/admin/sources/new", Visitor.Fields(
            ("Key", "bad"), ("Publisher", "x"), ("Title", "y"), ("Url", url), ("AsOf", "2025-07-01"), ("AsOfPrecision", "Day")));
        var (saved, savePage) = await editor.SubmitAsync($"/admin/sources/{existing.Id}", $"/admin/sources/{existing.Id}", Visitor.Fields(
            ("Key", existing.Key), ("Publisher", existing.Publisher), ("Title", existing.Title), ("Url", url), ("AsOf", "2022-11-01"), ("AsOfPrecision", "Month"),
            ("Version", existing.Version.ToString(CultureInfo.InvariantCulture))));

        Assert.Equal(HttpStatusCode.BadRequest, created.StatusCode);
        Assert.NotNull(createPage.QuerySelector("[data-valmsg-for=Url]"));
        Assert.Equal(HttpStatusCode.BadRequest, saved.StatusCode);
        Assert.NotNull(savePage.QuerySelector("[data-valmsg-for=Url]"));
    }

    [Fact]
    public async Task Market_figures_are_edited_with_an_audit_entry_and_stale_forms_get_a_conflict()
    {
        using var first = await Site.EditorAsync("first@pythoncareers.example");
        using var second = await Site.EditorAsync("second@pythoncareers.example");
        await using var db = Site.CreateContext();
        var figure = await db.MarketFigures.Include(f => f.Source).FirstAsync(f => f.CountryCode == "US");
        var path = $"/admin/market/{figure.Id}";
        IEnumerable<KeyValuePair<string, string>> Fields(string count) => Visitor.Fields(
            ("Country", "US"), ("Level", figure.Level.ToString()), ("OpenPositions", count), ("Source", figure.Source.Key), ("Version", figure.Version.ToString(CultureInfo.InvariantCulture)));

        var (saved, _) = await first.SubmitAsync(path, path, Fields("5000"));
        var (stale, page) = await second.SubmitAsync(path, path, Fields("6000"));
        var (bad, badPage) = await first.SubmitAsync(path, path, Fields("many"));

        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        Assert.Equal(HttpStatusCode.Conflict, stale.StatusCode);
        Assert.Contains("5000 open positions", page.QuerySelector("#conflict")!.TextContent, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.BadRequest, bad.StatusCode);
        Assert.NotNull(badPage.QuerySelector("[data-valmsg-for=OpenPositions]"));
        await using var after = Site.CreateContext();
        Assert.Equal(5000, (await after.MarketFigures.SingleAsync(f => f.Id == figure.Id)).OpenPositions);
        Assert.Equal(AuditAction.Updated, (await after.AuditEntries.SingleAsync()).Action);
    }
}
