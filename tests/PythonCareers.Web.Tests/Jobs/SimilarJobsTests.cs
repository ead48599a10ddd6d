using PythonCareers.Core.Jobs;
using PythonCareers.Web.Tests.Infrastructure;

namespace PythonCareers.Web.Tests.Jobs;

/// <summary>"Similar jobs" on a posting page: live postings of the same role, the same country first, then the nearest level.</summary>
public sealed class SimilarJobsTests(CareersSite site) : SiteTest(site)
{
    private readonly JobBoard board = new(site);

    [Fact]
    public async Task A_posting_lists_up_to_five_live_postings_of_its_role_same_country_first_then_nearest_level_then_newest()
    {
        var posting = await board.PostAsync("The Posting", d => d with { Level = JobLevel.Senior, CountryCode = "DE" });
        await board.PostAsync("Senior in Germany", d => d with { Level = JobLevel.Senior, CountryCode = "DE" }, minutesAgo: 50);
        await board.PostAsync("Older senior in Germany", d => d with { Level = JobLevel.Senior, CountryCode = "DE" }, minutesAgo: 500);
        await board.PostAsync("Lead in Germany", d => d with { Level = JobLevel.Lead, CountryCode = "DE" }, minutesAgo: 10);
        await board.PostAsync("Entry in Germany", d => d with { Level = JobLevel.Entry, CountryCode = "DE" }, minutesAgo: 5);
        await board.PostAsync("Senior in France", d => d with { Level = JobLevel.Senior, CountryCode = "FR", City = "Paris" }, minutesAgo: 1);
        await board.PostAsync("Mid in France", d => d with { Level = JobLevel.Mid, CountryCode = "FR", City = "Paris" }, minutesAgo: 1);
        await board.PostAsync("Senior data scientist in Germany", d => d with { Level = JobLevel.Senior, CountryCode = "DE" }, role: "data-scientist");
        await board.PostAsync("Filled senior in Germany", d => d with { Level = JobLevel.Senior, CountryCode = "DE" }, status: PostingStatus.Filled);
        await board.PostAsync("Senior in review in Germany", d => d with { Level = JobLevel.Senior, CountryCode = "DE" }, status: PostingStatus.InReview);

        var (_, page) = await GetPageAsync($"/jobs/{posting.Id}/{posting.Slug}");

        Assert.Equal(
            ["Senior in Germany", "Older senior in Germany", "Lead in Germany", "Entry in Germany", "Senior in France"],
            page.QuerySelectorAll(".similar-jobs h3 a").Select(a => a.TextContent));
        Assert.All(page.QuerySelectorAll(".similar-jobs .posting-company a"), a => Assert.StartsWith("/companies/", a.GetAttribute("href"), StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_posting_alone_in_its_role_shows_no_similar_jobs()
    {
        var posting = await board.PostAsync("The Posting");
        await board.PostAsync("Another role's posting", role: "data-scientist");

        var (_, page) = await GetPageAsync($"/jobs/{posting.Id}/{posting.Slug}");

        Assert.Null(page.QuerySelector(".similar-jobs"));
    }
}
