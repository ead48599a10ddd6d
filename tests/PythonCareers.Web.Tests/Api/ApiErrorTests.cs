using System.Net;
using System.Text.Json;
using PythonCareers.Core.Jobs;
using PythonCareers.Web.Tests.Infrastructure;

namespace PythonCareers.Web.Tests.Api;

/// <summary>Bad and hostile input on every parameter and path of the API: a 4xx problem+json with the reason by its field, never a 5xx, never the HTML error page.</summary>
public sealed class ApiErrorTests(CareersSite site) : SiteTest(site)
{
    /// <summary>As they go into a query string: a NUL, a lone surrogate as its (invalid) UTF-8, a cut emoji, numbers too big, wrong types, injections.</summary>
    private static readonly string[] HostileValues =
    [
        "%00", "a%00b", "%ED%A0%80", "x%ED%B0%80y", "%F0%9F%98", "%1B%5B2J", "99999999999999999999999999", "2147483648", "-1", "1e400",
        "1.5", "%27%20OR%201%3D1%20--", "%3Cscript%3Ealert(1)%3C%2Fscript%3E", "..%2F..%2Fetc%2Fpasswd", "=cmd|' /C calc'!A0",
        new string('x', 100_000),
    ];

    public static TheoryData<string, string> BadValues => new()
    {
        { "q", new string('x', 201) },
        { "role", "astronaut" },
        { "country", "ZZ" },
        { "workplace", "moon" },
        { "type", "volunteer" },
        { "level", "principal" },
        { "skill", "cobol" },
        { "currency", "EURO" },
        { "salary", "lots" },
        { "sort", "random" },
        { "page", "0" },
        { "page", "51" },
        { "page", "99999999999999999999" },
    };

    [Theory]
    [MemberData(nameof(BadValues))]
    public async Task A_bad_value_of_each_search_parameter_gets_a_400_problem_with_its_field_error(string name, string value)
    {
        using var client = ApiRequests.Client(Site);

        // A minimum salary is only taken with its currency.
        var query = $"{name}={Uri.EscapeDataString(value)}" + (name == "salary" ? "&currency=eur" : "");

        var problem = await ApiRequests.ProblemAsync(await client.GetAsync(new Uri("/api/v1/jobs?" + query, UriKind.Relative)), 400);

        Assert.True(problem.GetProperty("errors").TryGetProperty(name, out var messages), problem.ToString());
        Assert.False(string.IsNullOrEmpty(messages[0].GetString()));
    }

    [Fact]
    public async Task Hostile_values_in_every_documented_query_parameter_get_a_problem_and_never_a_server_error()
    {
        using var client = ApiRequests.Client(Site);
        var (_, document) = await client.GetJsonAsync(OpenApiDocumentTests.DocumentPath);
        var parameters = document.GetProperty("paths").GetProperty("/api/v1/jobs").GetProperty("get").GetProperty("parameters")
            .EnumerateArray().Where(p => p.GetProperty("in").GetString() == "query").Select(p => p.GetProperty("name").GetString()!).ToList();
        var problems = new List<string>();
        foreach (var name in parameters)
        {
            foreach (var value in HostileValues)
            {
                using var response = await client.GetAsync(new Uri($"/api/v1/jobs?{name}={value}", UriKind.Relative));
                var type = response.Content.Headers.ContentType?.MediaType;

                // Words to look for may be anything that is text: a search for them that finds nothing is an answer too.
                var accepted = name == "q" && response.StatusCode == HttpStatusCode.OK && type == "application/json";
                var refused = response.StatusCode == HttpStatusCode.BadRequest && type == ApiRequests.ProblemJson
                    && (await ApiRequests.BodyAsync(response)).GetProperty("errors").TryGetProperty(name, out _);
                if (!accepted && !refused)
                {
                    problems.Add($"{name}={value[..Math.Min(value.Length, 30)]}: {(int)response.StatusCode} {type}");
                }
            }
        }

        Assert.Equal(11, parameters.Count);
        Assert.True(problems.Count == 0, string.Join("\n", problems));
    }

    [Theory]
    [InlineData("/api/v1/jobs/999999")]
    [InlineData("/api/v1/jobs/99999999999")]
    [InlineData("/api/v1/jobs/-1")]
    [InlineData("/api/v1/jobs/abc")]
    [InlineData("/api/v1/jobs/1e400")]
    [InlineData("/api/v1/jobs/%01%1B")]
    [InlineData("/api/v1/roles/astronaut")]
    [InlineData("/api/v1/roles/Data-Scientist")]
    [InlineData("/api/v1/roles/%01%02%1B")]
    [InlineData("/api/v1/roles/%ED%A0%80")]
    [InlineData("/api/v1/roles/..%2F..%2Fetc%2Fpasswd")]
    [InlineData("/api/v1/roles/%3Cscript%3E")]
    [InlineData("/api/v1/nothing")]
    [InlineData("/api/v2/jobs")]
    [InlineData("/api")]
    [InlineData("/api/v1/jobs/1/2/3")]
    public async Task Unknown_ids_slugs_and_paths_get_a_404_problem(string path)
    {
        using var client = ApiRequests.Client(Site);

        await ApiRequests.ProblemAsync(await client.GetAsync(new Uri(path, UriKind.Relative)), 404);
    }

    [Fact]
    public async Task A_huge_slug_gets_a_404_problem()
    {
        using var client = ApiRequests.Client(Site);

        await ApiRequests.ProblemAsync(await client.GetAsync(new Uri("/api/v1/roles/" + new string('a', 5_000), UriKind.Relative)), 404);
    }

    [Theory]
    [InlineData("/api/v1/roles")]
    [InlineData("/api/v1/roles/data-scientist")]
    [InlineData("/api/v1/skills")]
    [InlineData("/api/v1/salaries")]
    [InlineData("/api/v1/market")]
    [InlineData("/api/v1/jobs/1")]
    public async Task A_query_parameter_where_an_address_takes_none_gets_a_400_problem(string path)
    {
        using var client = ApiRequests.Client(Site);

        var problem = await ApiRequests.ProblemAsync(await client.GetAsync(new Uri(path + "?page=2", UriKind.Relative)), 400);

        Assert.Equal("This address takes no query parameters.", problem.GetProperty("errors").GetProperty("page")[0].GetString());
    }

    [Fact]
    public async Task Ten_thousand_query_parameters_get_a_short_400_problem()
    {
        using var client = ApiRequests.Client(Site);
        var query = string.Join('&', Enumerable.Range(0, 10_000).Select(i => $"p{i}=x"));

        var problem = await ApiRequests.ProblemAsync(await client.GetAsync(new Uri("/api/v1/jobs?" + query, UriKind.Relative)), 400);

        var errors = problem.GetProperty("errors").EnumerateObject().ToList();
        Assert.Equal(11, errors.Count);
        Assert.Equal("9990 more unknown query parameters.", problem.GetProperty("errors").GetProperty("(more)")[0].GetString());
    }

    [Fact]
    public async Task A_parameter_given_twice_gets_a_400_problem()
    {
        using var client = ApiRequests.Client(Site);

        var problem = await ApiRequests.ProblemAsync(await client.GetAsync(new Uri("/api/v1/jobs?page=1&PAGE=2", UriKind.Relative)), 400);

        Assert.Equal("Give this parameter once.", problem.GetProperty("errors").GetProperty("page")[0].GetString());
    }

    [Theory]
    [InlineData("POST", "/api/v1/jobs")]
    [InlineData("PUT", "/api/v1/roles/data-scientist")]
    [InlineData("DELETE", "/api/v1/salaries")]
    [InlineData("PATCH", "/api/v1/market")]
    public async Task Other_methods_get_a_405_problem(string method, string path)
    {
        using var client = ApiRequests.Client(Site);
        using var request = new HttpRequestMessage(new HttpMethod(method), new Uri(path, UriKind.Relative)) { Content = new StringContent("{}") };

        var response = await client.SendAsync(request);

        await ApiRequests.ProblemAsync(response, 405);
        Assert.Contains("GET", response.Content.Headers.Allow);
    }

    [Fact]
    public async Task A_posting_is_never_answered_with_the_HTML_error_page_even_for_a_browser()
    {
        await using var db = Site.CreateContext();
        var draft = await TestPostings.PostingAsync(db, await TestPostings.RecruiterAsync(db), PostingStatus.Draft);
        using var client = ApiRequests.Client(Site);
        using var request = new HttpRequestMessage(HttpMethod.Get, new Uri($"/api/v1/jobs/{draft.Id}", UriKind.Relative));
        request.Headers.Accept.ParseAdd("text/html,application/xhtml+xml");

        var problem = await ApiRequests.ProblemAsync(await client.SendAsync(request), 404);

        Assert.Equal(JsonValueKind.String, problem.GetProperty("traceId").ValueKind);
    }
}
