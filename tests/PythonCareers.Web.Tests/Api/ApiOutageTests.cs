using System.Net;
using PythonCareers.Web.Tests.Infrastructure;

namespace PythonCareers.Web.Tests.Api;

/// <summary>The site over a database of its own that it reaches through a <see cref="DatabaseProxy"/> the test can cut.</summary>
public sealed class ApiOutageSite : CareersSite, IAsyncLifetime
{
    public ApiOutageSite()
        : base("web_api_outage") => Proxy = new DatabaseProxy(ConnectionString);

    public DatabaseProxy Proxy { get; }

    protected override IReadOnlyDictionary<string, string> Settings => new Dictionary<string, string>
    {
        ["ConnectionStrings:Default"] = Proxy.ConnectionString,
    };

    public new async Task DisposeAsync()
    {
        await base.DisposeAsync();
        await Proxy.DisposeAsync();
    }
}

/// <summary>
/// A failure under /api is a problem too: the exception handler re-executes its error page, and the API answers that
/// re-execution with problem+json (the path a 500 takes as well; an outage is the failure a test can cause).
/// </summary>
public sealed class ApiOutageTests(ApiOutageSite site) : IClassFixture<ApiOutageSite>
{
    [Fact]
    public async Task While_the_database_is_away_the_API_answers_a_503_problem_with_Retry_After_and_recovers()
    {
        await site.ResetAsync();
        using var client = ApiRequests.Client(site);

        site.Proxy.Cut();
        var answers = new List<HttpResponseMessage>();
        foreach (var path in new[] { "/api/v1/roles/data-scientist", "/api/v1/jobs?q=django", "/data/salaries.json" })
        {
            answers.Add(await client.GetAsync(new Uri(path, UriKind.Relative)));
        }

        site.Proxy.Restore();
        using var recovered = await client.GetAsync(new Uri("/api/v1/roles/data-scientist", UriKind.Relative));

        await ApiRequests.ProblemAsync(answers[0], 503);
        await ApiRequests.ProblemAsync(answers[1], 503);
        Assert.All(answers, answer => Assert.Equal(TimeSpan.FromSeconds(30), answer.Headers.RetryAfter?.Delta));

        // The data files are not under /api: they get the site's error page, as every page does.
        Assert.Equal((HttpStatusCode.ServiceUnavailable, "text/html"), (answers[2].StatusCode, answers[2].Content.Headers.ContentType?.MediaType));
        Assert.Equal(HttpStatusCode.OK, recovered.StatusCode);
        answers.ForEach(answer => answer.Dispose());
    }
}
