using System.Net;
using Microsoft.EntityFrameworkCore;
using PythonCareers.Core.Audit;
using PythonCareers.Web.Tests.Infrastructure;

namespace PythonCareers.Web.Tests.Admin;

/// <summary>A data source saved or deleted from a stale form gets the conflict page with the values stored now, and nothing of it is stored.</summary>
public sealed class StaleSourceEditTests(CareersSite site) : SiteTest(site)
{
    [Fact]
    public async Task A_stale_save_and_a_stale_delete_of_a_source_get_a_conflict_with_the_stored_values()
    {
        using var first = await Site.EditorAsync("first@pythoncareers.example");
        using var second = await Site.EditorAsync("second@pythoncareers.example");
        var (created, _) = await first.SubmitAsync("/admin/sources/new", "/admin/sources/new", Visitor.Fields(
            ("Key", "so-2025"), ("Publisher", "Stack Overflow"), ("Title", "Developer Survey 2025"), ("Url", ""), ("AsOf", "2025-07-01"), ("AsOfPrecision", "Month"), ("Version", "0")));
        var path = created.Headers.Location!.OriginalString;
        var (_, stalePage) = await second.GetAsync(path);
        var staleVersion = stalePage.QuerySelector("input[name=Version]")!.GetAttribute("value")!;
        IEnumerable<KeyValuePair<string, string>> Fields(string title) => Visitor.Fields(
            ("Publisher", "Stack Overflow"), ("Title", title), ("Url", ""), ("AsOf", "2025-07-01"), ("AsOfPrecision", "Month"), ("Version", staleVersion));

        var (saved, _) = await first.SubmitAsync(path, path, Fields("Developer Survey 2025, first"));
        var (staleSave, conflictPage) = await second.SubmitAsync(path, path, Fields("Developer Survey 2025, second"));
        var (staleDelete, deletePage) = await second.SubmitAsync(path, path + "/delete", Visitor.Fields(("version", staleVersion)));

        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        Assert.Equal(HttpStatusCode.Conflict, staleSave.StatusCode);
        Assert.Contains(conflictPage.QuerySelectorAll("#conflict .saved-value"), dd => dd.TextContent == "Developer Survey 2025, first");
        Assert.Equal("Developer Survey 2025, second", conflictPage.QuerySelector("input[name=Title]")!.GetAttribute("value"));
        Assert.NotEqual(staleVersion, conflictPage.QuerySelector("input[name=Version]")!.GetAttribute("value"));
        Assert.Equal(HttpStatusCode.Conflict, staleDelete.StatusCode);
        Assert.NotNull(deletePage.QuerySelector("#conflict"));
        await using var db = Site.CreateContext();
        Assert.Equal("Developer Survey 2025, first", await db.DataSources.Where(s => s.Key == "so-2025").Select(s => s.Title).SingleAsync());
        Assert.Equal([AuditAction.Created, AuditAction.Updated], await db.AuditEntries.OrderBy(e => e.Id).Select(e => e.Action).ToListAsync());
    }
}
