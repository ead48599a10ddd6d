using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using PythonCareers.Core.Accounts;
using PythonCareers.Core.Jobs;
using PythonCareers.Core.Market;
using PythonCareers.Web.Features.Salaries;
using PythonCareers.Web.Tests.Infrastructure;

namespace PythonCareers.Web.Tests.Pages;

/// <summary>
/// The posted-salary index on the role, salary and posting pages, from postings of three companies published two days
/// ago, told apart from the cited figures.
/// </summary>
public sealed class PostedPayPagesTests(CareersSite site) : SiteTest(site)
{
    private const string Role = "python-web-developer";

    [Fact]
    public async Task Role_and_salary_pages_say_not_enough_postings_yet_until_five_from_three_companies_are_in_a_snapshot()
    {
        await PostAsync(4);
        await MakeTodaysSnapshotAsync();

        var (_, role) = await GetPageAsync($"/roles/{Role}");
        var (_, salary) = await GetPageAsync($"/salaries/{Role}");

        Assert.Contains(PostedPayWording.NotEnough, role.GetElementById("posted-pay")!.ParentElement!.TextContent, StringComparison.Ordinal);
        Assert.Contains(PostedPayWording.NotEnough, salary.GetElementById("posted-pay")!.ParentElement!.TextContent, StringComparison.Ordinal);
        Assert.Null(salary.QuerySelector("table.posted-pay"));
        Assert.Null(salary.GetElementById("posted-pay-chart-1-title"));
    }

    [Fact]
    public async Task Role_and_salary_pages_show_the_latest_snapshot_as_a_table_and_a_chart_with_its_date_and_sample()
    {
        await PostAsync(6);
        await MakeTodaysSnapshotAsync();
        var today = DateTime.UtcNow.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);

        var (_, role) = await GetPageAsync($"/roles/{Role}");
        var (response, salary) = await GetPageAsync($"/salaries/{Role}");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        foreach (var page in new[] { role, salary })
        {
            var table = page.QuerySelector("table.posted-pay")!;
            var row = Assert.Single(table.QuerySelectorAll("tbody tr"));
            Assert.Contains(today, table.QuerySelector("caption")!.TextContent, StringComparison.Ordinal);
            Assert.Equal(["Germany", "Employed", "Senior"], row.QuerySelectorAll("td").Take(3).Select(td => td.TextContent));

            // Midpoints 75,000 to 125,000 in steps of 10,000: the median is 100,000, the middle half 87,500-112,500.
            Assert.Contains("EUR 100,000 median (middle half EUR 87,500-112,500)", row.TextContent, StringComparison.Ordinal);
            Assert.Contains("offers from EUR 65,000-135,000; from 6 postings of 3 companies", row.TextContent, StringComparison.Ordinal);
            Assert.Contains($"published in the {PostedPayIndex.WindowDays} days before {today}", page.GetElementById("posted-pay")!.ParentElement!.TextContent, StringComparison.Ordinal);
        }

        var chart = salary.GetElementById("posted-pay-chart-1-title")!.ParentElement!;
        Assert.Equal("Employed pay offered in postings, in EUR a year", chart.QuerySelector("title")!.TextContent);
        Assert.Equal("Germany, senior", chart.QuerySelector("text.label")!.TextContent);
        Assert.NotNull(chart.QuerySelector("rect.range"));
        Assert.NotNull(chart.QuerySelector("circle.average"));

        // The cited figures' table stays as it was, apart from the posted one.
        Assert.DoesNotContain("median", salary.QuerySelector("table.salaries:not(.posted-pay)")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_posting_page_says_where_its_offer_sits_among_comparable_postings()
    {
        var posted = await PostAsync(6);
        var (_, page) = await GetPageAsync($"/jobs/{posted[^1].Id}/{posted[^1].Slug}");

        // The last posting's midpoint (125,000) is above the other five's.
        Assert.Equal(
            "This offer is above 100% of 5 other senior Python Web Developer postings in Germany, from 3 companies, that paid in EUR and were published on PythonCareers in the last 90 days (midpoints of the ranges, a year's worth).",
            page.QuerySelector(".posted-place")!.TextContent);

        var (_, first) = await GetPageAsync($"/jobs/{posted[0].Id}/{posted[0].Slug}");
        Assert.StartsWith("This offer is above 0% of 5 other", first.QuerySelector(".posted-place")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_days_first_run_makes_the_snapshot_and_evicts_the_cached_pages_that_show_it()
    {
        await PostAsync(5);
        await ClearSnapshotsAsync();
        var (_, before) = await GetPageAsync($"/salaries/{Role}");
        Assert.Null(before.QuerySelector("table.posted-pay"));

        var service = Site.Services.GetServices<IHostedService>().OfType<PostedPaySnapshotService>().Single();
        await service.RunOnceAsync(CancellationToken.None);
        var (_, after) = await GetPageAsync($"/salaries/{Role}");

        Assert.Single(after.QuerySelectorAll("table.posted-pay tbody tr"));
        await using var db = Site.CreateContext();
        Assert.Equal(1, await db.Set<PostedPaySnapshot>().CountAsync());
    }

    /// <summary>
    /// <paramref name="count"/> senior postings in Germany, each from the next of three companies, two days old, with
    /// ranges 10,000 wide around 75,000, 85,000 and so on.
    /// </summary>
    private async Task<List<JobPosting>> PostAsync(int count)
    {
        await using var db = Site.CreateContext();
        var recruiters = new List<CareerUser>();
        for (var i = 0; i < 3; i++)
        {
            recruiters.Add(await TestPostings.RecruiterAsync(db, $"recruiter{i}@posted.example", $"Posted {i} GmbH"));
        }

        var postings = new List<JobPosting>();
        for (var i = 0; i < count; i++)
        {
            var midpoint = 75_000m + (i * 10_000m);
            var details = TestPostings.Details($"Python Web Developer {i}") with { SalaryMin = midpoint - 10_000m, SalaryMax = midpoint + 10_000m };
            postings.Add(await TestPostings.PostingAsync(db, recruiters[i % 3], PostingStatus.Published, details, Role, DateTime.UtcNow.AddDays(-2)));
        }

        return postings;
    }

    private async Task ClearSnapshotsAsync()
    {
        await using var db = Site.CreateContext();
        await db.Database.ExecuteSqlAsync($"DELETE FROM posted_pay_snapshots");
    }

    /// <summary>Makes today's snapshot again, as the day's first run would, and evicts the pages that show it.</summary>
    private async Task MakeTodaysSnapshotAsync()
    {
        await ClearSnapshotsAsync();
        await Site.Services.GetServices<IHostedService>().OfType<PostedPaySnapshotService>().Single().RunOnceAsync(CancellationToken.None);
    }
}
