using System.Net;
using Microsoft.Extensions.DependencyInjection;
using PythonCareers.Web.Tests.Infrastructure;

namespace PythonCareers.Web.Tests.Api;

/// <summary>Public data's caching headers (ETag, 304, Cache-Control), through the site's output cache too, and CORS for GET alone.</summary>
public sealed class ApiCachingAndCorsTests(CareersSite site) : SiteTest(site)
{
    private const string Origin = "https://someone-elses-site.example";

    public static TheoryData<string, int> PublicData => new()
    {
        { "/api/v1/jobs?q=python", 60 },
        { "/api/v1/jobs/{posting}", 60 },
        { "/api/v1/roles", 300 },
        { "/api/v1/roles/data-scientist", 300 },
        { "/api/v1/skills", 300 },
        { "/api/v1/salaries", 300 },
        { "/api/v1/market", 300 },
        { "/data/salaries.csv", 300 },
        { "/data/salaries.json", 300 },
    };

    [Theory]
    [MemberData(nameof(PublicData))]
    public async Task Every_200_carries_a_strong_ETag_and_public_Cache_Control_and_a_matching_If_None_Match_gets_a_304(string path, int maxAge)
    {
        path = await WithPostingAsync(path);
        using var client = ApiRequests.Client(Site);

        using var first = await client.GetAsync(new Uri(path, UriKind.Relative));
        var tag = first.Headers.ETag;
        using var again = await SendAsync(client, path, request => request.Headers.IfNoneMatch.ParseAdd(tag!.ToString()));
        using var other = await SendAsync(client, path, request => request.Headers.IfNoneMatch.ParseAdd("\"something-else\""));
        using var any = await SendAsync(client, path, request => request.Headers.IfNoneMatch.ParseAdd("*"));

        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        Assert.NotNull(tag);
        Assert.False(tag.IsWeak);
        Assert.True(first.Headers.CacheControl?.Public);
        Assert.Equal(TimeSpan.FromSeconds(maxAge), first.Headers.CacheControl?.MaxAge);
        Assert.Equal(HttpStatusCode.NotModified, again.StatusCode);
        Assert.Empty(await again.Content.ReadAsByteArrayAsync());
        Assert.Equal(tag, again.Headers.ETag);
        Assert.Equal(HttpStatusCode.OK, other.StatusCode);
        Assert.Equal(tag, other.Headers.ETag);
        Assert.Equal(await first.Content.ReadAsStringAsync(), await other.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.NotModified, any.StatusCode);
    }

    [Fact]
    public async Task A_new_posting_gives_the_search_a_new_ETag_although_the_old_answer_was_cached()
    {
        await using var db = Site.CreateContext();
        var recruiter = await TestPostings.RecruiterAsync(db);
        using var client = ApiRequests.Client(Site);
        using var before = await client.GetAsync(new Uri("/api/v1/jobs", UriKind.Relative));
        using var cached = await client.GetAsync(new Uri("/api/v1/jobs", UriKind.Relative));

        // Through the site's own context, whose writes evict the cached answers as a recruiter's would.
        await using (var scope = Site.Services.CreateAsyncScope())
        {
            await using var written = scope.ServiceProvider.GetRequiredService<Core.AppDbContext>();
            await TestPostings.PostingAsync(written, recruiter);
        }

        using var after = await SendAsync(client, "/api/v1/jobs", request => request.Headers.IfNoneMatch.Add(before.Headers.ETag!));

        Assert.NotNull(cached.Headers.Age);
        Assert.Equal(before.Headers.ETag, cached.Headers.ETag);
        Assert.Equal(HttpStatusCode.OK, after.StatusCode);
        Assert.NotEqual(before.Headers.ETag, after.Headers.ETag);
    }

    [Theory]
    [InlineData("/api/v1/jobs")]
    [InlineData("/api/v1/roles/data-scientist")]
    [InlineData("/data/salaries.csv")]
    public async Task A_GET_from_any_origin_may_be_read_without_credentials(string path)
    {
        using var client = ApiRequests.Client(Site);

        using var response = await SendAsync(client, path, request => request.Headers.Add("Origin", Origin));
        using var cached = await SendAsync(client, path, request => request.Headers.Add("Origin", Origin));

        foreach (var answer in new[] { response, cached })
        {
            Assert.Equal(HttpStatusCode.OK, answer.StatusCode);
            Assert.Equal("*", Single(answer, "Access-Control-Allow-Origin"));
            Assert.False(answer.Headers.Contains("Access-Control-Allow-Credentials"));
            Assert.Contains("ETag", Single(answer, "Access-Control-Expose-Headers"), StringComparison.OrdinalIgnoreCase);
        }
    }

    [Fact]
    public async Task A_preflight_for_GET_is_granted_and_one_for_any_other_method_is_not()
    {
        using var client = ApiRequests.Client(Site);

        using var get = await PreflightAsync(client, "GET");
        using var withHeader = await PreflightAsync(client, "GET", "If-None-Match");

        Assert.Equal("*", Single(get, "Access-Control-Allow-Origin"));
        Assert.Contains("GET", Single(get, "Access-Control-Allow-Methods"), StringComparison.Ordinal);
        Assert.Contains("if-none-match", Single(withHeader, "Access-Control-Allow-Headers"), StringComparison.OrdinalIgnoreCase);
        foreach (var method in new[] { "POST", "PUT", "DELETE", "PATCH" })
        {
            using var refused = await PreflightAsync(client, method);
            Assert.False(refused.Headers.Contains("Access-Control-Allow-Origin"), $"{method}: {refused.Headers}");
            Assert.False(refused.Headers.TryGetValues("Access-Control-Allow-Methods", out var methods) && methods.Any(m => m.Contains(method, StringComparison.Ordinal)), method);
        }
    }

    [Fact]
    public async Task Another_method_from_another_origin_gets_no_CORS_grant_and_the_site_pages_none_at_all()
    {
        using var client = ApiRequests.Client(Site);

        using var post = await SendAsync(client, "/api/v1/jobs", request =>
        {
            request.Method = HttpMethod.Post;
            request.Headers.Add("Origin", Origin);
        });
        using var page = await SendAsync(client, "/roles", request => request.Headers.Add("Origin", Origin));

        Assert.Equal(HttpStatusCode.MethodNotAllowed, post.StatusCode);
        Assert.False(post.Headers.Contains("Access-Control-Allow-Origin"));
        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        Assert.False(page.Headers.Contains("Access-Control-Allow-Origin"));
    }

    private async Task<string> WithPostingAsync(string path)
    {
        if (!path.Contains("{posting}", StringComparison.Ordinal))
        {
            return path;
        }

        await using var db = Site.CreateContext();
        var posting = await TestPostings.PostingAsync(db, await TestPostings.RecruiterAsync(db));
        return path.Replace("{posting}", posting.Id.ToString(System.Globalization.CultureInfo.InvariantCulture), StringComparison.Ordinal);
    }

    private static Task<HttpResponseMessage> PreflightAsync(HttpClient client, string method, string? header = null) =>
        SendAsync(client, "/api/v1/jobs", request =>
        {
            request.Method = HttpMethod.Options;
            request.Headers.Add("Origin", Origin);
            request.Headers.Add("Access-Control-Request-Method", method);
            if (header is not null)
            {
                request.Headers.Add("Access-Control-Request-Headers", header);
            }
        });

    private static async Task<HttpResponseMessage> SendAsync(HttpClient client, string path, Action<HttpRequestMessage> change)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, new Uri(path, UriKind.Relative));
        change(request);
        return await client.SendAsync(request);
    }

    private static string Single(HttpResponseMessage response, string header) =>
        response.Headers.TryGetValues(header, out var values) ? string.Join(",", values) : "";
}
