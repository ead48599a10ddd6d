using AngleSharp.Html.Dom;
using PythonCareers.Core.Jobs;
using PythonCareers.Web.Tests.Infrastructure;

namespace PythonCareers.Web.Tests.Jobs;

public sealed class RoleJobsTests(CareersSite site) : SiteTest(site)
{
    private readonly JobBoard board = new(site);

    [Fact]
    public async Task A_role_page_shows_how_many_postings_are_open_and_links_the_newest_five()
    {
        var postings = new List<JobPosting>();
        for (var i = 1; i <= 7; i++)
        {
            postings.Add(await board.PostAsync($"Data Scientist {i}", role: "data-scientist", minutesAgo: 100 - i));
        }

        await board.PostAsync("Web Developer", role: "python-web-developer");
        await board.PostAsync("Draft Data Scientist", role: "data-scientist", status: PostingStatus.Draft);

        var (_, page) = await GetPageAsync("/roles/data-scientist");
        var section = page.QuerySelector("section.role-jobs")!;

        Assert.Equal("7 jobs", section.QuerySelector(".open-count")!.TextContent);
        var links = section.QuerySelectorAll(".postings h3 a").Cast<IHtmlAnchorElement>().ToList();
        Assert.Equal(["Data Scientist 7", "Data Scientist 6", "Data Scientist 5", "Data Scientist 4", "Data Scientist 3"], links.Select(a => a.TextContent));
        Assert.Equal(JobPostingPageTests.Path(postings[6]), links[0].GetAttribute("href"));
        Assert.NotNull(section.QuerySelector("a[href='/jobs?role=data-scientist']"));
        Assert.Equal("/roles/data-scientist/jobs.xml", page.QuerySelector("link[rel=alternate][type='application/rss+xml']")!.GetAttribute("href"));
    }

    [Fact]
    public async Task A_role_without_open_postings_says_so_and_still_links_the_search()
    {
        await board.PostAsync("Web Developer", role: "python-web-developer");

        var (_, page) = await GetPageAsync("/roles/data-analyst");
        var section = page.QuerySelector("section.role-jobs")!;

        Assert.Contains("No Data Analyst jobs are open", section.TextContent, StringComparison.Ordinal);
        Assert.Empty(section.QuerySelectorAll(".postings a"));
        Assert.NotNull(section.QuerySelector("a[href='/jobs?role=data-analyst']"));
    }

    [Fact]
    public async Task The_role_search_link_lists_that_role()
    {
        await board.PostAsync("Data Scientist", role: "data-scientist");
        await board.PostAsync("Web Developer", role: "python-web-developer");

        var (_, page) = await GetPageAsync("/jobs?role=data-scientist");

        Assert.Equal(["Data Scientist"], JobSearchTests.Titles(page));
    }
}
