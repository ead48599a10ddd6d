using System.Net;
using PythonCareers.Core.Accounts;
using PythonCareers.Web.Tests.Infrastructure;

namespace PythonCareers.Web.Tests.Jobs;

/// <summary>The site with job searches kept for five minutes: long enough that no test here depends on timing.</summary>
public sealed class CachingSite : CareersSite
{
    public CachingSite()
        : base("web_cache")
    {
    }

    protected override IReadOnlyDictionary<string, string> Settings { get; } = new Dictionary<string, string>
    {
        ["Jobs:SearchCacheSeconds"] = "300",
    };
}

/// <summary>The cache outlives a test's database reset, so each test searches for something no other test here does.</summary>
public sealed class JobSearchCacheTests(CachingSite site) : IClassFixture<CachingSite>, IAsyncLifetime
{
    private readonly JobBoard board = new(site);

    public Task InitializeAsync() => site.ResetAsync();

    public Task DisposeAsync() => Task.CompletedTask;

    [Fact]
    public async Task An_anonymous_search_is_answered_from_the_cache_one_entry_per_query_string()
    {
        await board.PostAsync("Django Developer");
        await site.GetPageAsync("/jobs?q=django");
        await board.PostAsync("Django Engineer");

        var (response, cached) = await site.GetPageAsync("/jobs?q=django");
        var (_, otherSearch) = await site.GetPageAsync("/jobs?q=django&sort=newest");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(["Django Developer"], JobSearchTests.Titles(cached));
        Assert.Equal(["Django Engineer", "Django Developer"], JobSearchTests.Titles(otherSearch));
    }

    [Fact]
    public async Task A_signed_in_visitor_is_never_answered_from_the_cache()
    {
        await board.PostAsync("Django Developer");
        await site.GetPageAsync("/jobs?q=django&country=de");
        await board.PostAsync("Django Engineer");
        using var editor = await site.SignInAsAsync("editor@pythoncareers.example", CareerRoles.Editor);

        var (_, page) = await editor.GetAsync("/jobs?q=django&country=de");

        Assert.Equal(["Django Developer", "Django Engineer"], JobSearchTests.Titles(page).Order());
    }
}
