using System.Globalization;
using System.Net;
using PythonCareers.Web.Tests.Infrastructure;

namespace PythonCareers.Web.Tests.Api;

/// <summary>The site with a small API limit, over a database of its own.</summary>
public sealed class ApiRateLimitedSite : CareersSite
{
    public const int PerMinute = 3;

    public ApiRateLimitedSite()
        : base("web_api_limits")
    {
    }

    protected override IReadOnlyDictionary<string, string> Settings { get; } = new Dictionary<string, string>
    {
        ["RateLimits:ApiPerMinute"] = PerMinute.ToString(CultureInfo.InvariantCulture),
    };
}

public sealed class ApiRateLimitTests(ApiRateLimitedSite site) : IClassFixture<ApiRateLimitedSite>
{
    [Fact]
    public async Task Past_the_limit_a_client_gets_a_429_problem_with_Retry_After()
    {
        using var client = ApiRequests.Client(site);
        var statuses = new List<HttpStatusCode>();
        HttpResponseMessage? last = null;

        // Each a different search, so that every one reaches the site rather than its output cache.
        for (var page = 1; page <= ApiRateLimitedSite.PerMinute + 2; page++)
        {
            last?.Dispose();
            last = await client.GetAsync(new Uri($"/api/v1/jobs?page={page}", UriKind.Relative));
            statuses.Add(last.StatusCode);
        }

        Assert.Equal([HttpStatusCode.OK, HttpStatusCode.OK, HttpStatusCode.OK, HttpStatusCode.TooManyRequests, HttpStatusCode.TooManyRequests], statuses);
        await ApiRequests.ProblemAsync(last!, 429);
        Assert.InRange(last!.Headers.RetryAfter?.Delta ?? TimeSpan.Zero, TimeSpan.FromSeconds(1), TimeSpan.FromMinutes(1));
        last.Dispose();
    }
}
