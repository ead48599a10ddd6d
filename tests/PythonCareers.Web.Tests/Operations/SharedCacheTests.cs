using System.Net;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.EntityFrameworkCore;
using PythonCareers.Web.Tests.Admin;
using PythonCareers.Web.Tests.Infrastructure;
using PythonCareers.Web.Tests.Jobs;

namespace PythonCareers.Web.Tests.Operations;

/// <summary>Two instances of the site over one database, their public pages cached in one real Redis.</summary>
public sealed class SharedCacheSite : CareersSite, IAsyncLifetime
{
    private RedisServer? redis;

    public SharedCacheSite()
        : base("web_redis")
    {
    }

    public RedisServer Redis => redis!;

    /// <summary>A second instance of the site: its own host and memory, the same database and Redis.</summary>
    public WebApplicationFactory<Program> Other { get; private set; } = null!;

    protected override IReadOnlyDictionary<string, string> Settings => new Dictionary<string, string>
    {
        ["ConnectionStrings:Redis"] = redis!.Configuration,
        ["PublicPages:EvictAgainAfterSeconds"] = "1",
    };

    public new async Task InitializeAsync()
    {
        redis = await RedisServer.StartNewAsync();
        await base.InitializeAsync();
        Other = WithWebHostBuilder(_ => { });
    }

    public Visitor NewVisitorOfOther() => NewVisitor(Other);

    public new async Task DisposeAsync()
    {
        await Other.DisposeAsync();
        await base.DisposeAsync();
        await redis!.DisposeAsync();
    }
}

public sealed class SharedCacheTests(SharedCacheSite site) : IClassFixture<SharedCacheSite>, IAsyncLifetime
{
    public Task InitializeAsync() => site.ResetAsync();

    public Task DisposeAsync() => Task.CompletedTask;

    [Fact]
    public async Task An_edit_through_one_instance_shows_on_the_other_at_once()
    {
        using var seeker = site.NewVisitorOfOther();
        using var editor = await site.EditorAsync();
        await seeker.GetAsync("/roles/data-scientist");
        Assert.True((await seeker.GetAsync("/roles/data-scientist")).Response.Headers.Age.HasValue);

        await editor.EditAsync($"/admin/roles/{await site.RoleIdAsync("data-scientist")}", ("Title", "Data Scientist (ML)"));
        var (response, page) = await seeker.GetAsync("/roles/data-scientist");

        Assert.Equal((HttpStatusCode.OK, false), (response.StatusCode, response.Headers.Age.HasValue));
        Assert.Equal("Data Scientist (ML)", page.QuerySelector("h1")!.TextContent);
    }

    [Fact]
    public async Task A_page_rendered_from_old_data_while_a_write_committed_is_evicted_again_a_moment_later()
    {
        using var seeker = site.NewVisitorOfOther();
        using var editor = await site.EditorAsync();
        await using var db = site.CreateContext();
        await editor.EditAsync($"/admin/roles/{await site.RoleIdAsync("data-scientist")}", ("Title", "Data Scientist (ML)"));

        // As a lagging replica or a render that began before the commit would: the old title, stored after the eviction.
        await db.Database.ExecuteSqlAsync($"UPDATE role_profiles SET title = 'Data Scientist' WHERE slug = 'data-scientist'");
        Assert.Equal("Data Scientist", (await seeker.GetAsync("/roles/data-scientist")).Page.QuerySelector("h1")!.TextContent);
        await db.Database.ExecuteSqlAsync($"UPDATE role_profiles SET title = 'Data Scientist (ML)' WHERE slug = 'data-scientist'");

        var title = "";
        for (var attempt = 0; attempt < 50 && title != "Data Scientist (ML)"; attempt++)
        {
            await Task.Delay(100);
            title = (await seeker.GetAsync("/roles/data-scientist")).Page.QuerySelector("h1")!.TextContent;
        }

        Assert.Equal("Data Scientist (ML)", title);
    }

    [Fact]
    public async Task Without_Redis_every_page_comes_from_the_database_and_the_cache_comes_back_with_Redis()
    {
        using var seeker = site.NewVisitor();
        await seeker.GetAsync("/skills");
        await site.Redis.StopAsync();
        try
        {
            await using (var db = site.CreateContext())
            {
                await db.Database.ExecuteSqlAsync($"UPDATE skills SET name = 'Django (the web framework)' WHERE slug = 'django'");
            }

            foreach (var path in PublicPageCacheTests.PublicPages())
            {
                var (answer, _) = await seeker.GetAsync(path);
                Assert.Equal((HttpStatusCode.OK, false), (answer.StatusCode, answer.Headers.Age.HasValue));
            }

            Assert.Contains("Django (the web framework)", (await seeker.GetAsync("/skills")).Page.Body!.TextContent, StringComparison.Ordinal);
        }
        finally
        {
            await site.Redis.StartAsync();
        }

        var cachedAgain = false;
        for (var attempt = 0; attempt < 100 && !cachedAgain; attempt++)
        {
            await Task.Delay(200);
            await seeker.GetAsync("/skills");
            cachedAgain = (await seeker.GetAsync("/skills")).Response.Headers.Age.HasValue;
        }

        Assert.True(cachedAgain, "the site did not use Redis again within 20 s of its return");
    }
}
