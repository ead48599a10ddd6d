using System.Net;
using PythonCareers.Web.Tests.Infrastructure;
using PythonCareers.Web.Tests.Jobs;

namespace PythonCareers.Web.Tests.Pages;

public sealed class HomePageTests(CareersSite site) : SiteTest(site)
{
    [Fact]
    public async Task The_home_page_opens_with_a_job_search_for_words_a_role_and_remote_work_then_the_newest_jobs()
    {
        var (_, page) = await GetPageAsync("/");

        var search = page.QuerySelector("form.home-search")!;
        Assert.Equal(("/jobs", "get"), (search.GetAttribute("action"), search.GetAttribute("method")));
        Assert.All(search.QuerySelectorAll("input:not([type=hidden]), select"), field => Assert.NotNull(page.QuerySelector($"label[for='{field.Id}']")));
        Assert.Equal(["q", "role", "workplace"], search.QuerySelectorAll("input[name], select[name]").Select(f => f.GetAttribute("name")!));
        Assert.Equal(8, search.QuerySelectorAll("select[name=role] option").Length);
        Assert.Equal("remote", search.QuerySelector("input[name=workplace]")!.GetAttribute("value"));
        var sections = page.QuerySelectorAll("form.home-search, #newest-jobs, #roles").Select(e => string.IsNullOrEmpty(e.Id) ? e.ClassName : e.Id).ToList();
        Assert.Equal(["home-search", "newest-jobs", "roles"], sections);

        var (searched, _) = await GetPageAsync("/jobs?q=django&role=data-scientist&workplace=remote");
        Assert.Equal(HttpStatusCode.OK, searched.StatusCode);
    }

    [Fact]
    public async Task The_newest_jobs_on_the_home_page_are_the_live_ones_newest_first()
    {
        var board = new JobBoard(Site);
        await board.PostAsync("Older Django Developer", minutesAgo: 90);
        await board.PostAsync("Newer Django Developer", minutesAgo: 10);
        await board.PostAsync("Draft Django Developer", status: PythonCareers.Core.Jobs.PostingStatus.Draft);

        var (_, page) = await GetPageAsync("/");

        Assert.Equal(
            ["Newer Django Developer", "Older Django Developer"],
            page.QuerySelectorAll(".postings h3 a").Select(a => a.TextContent));
    }
}
