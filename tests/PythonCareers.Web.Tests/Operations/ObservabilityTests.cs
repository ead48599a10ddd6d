using System.Globalization;
using System.Net;
using System.Net.Http.Headers;
using Microsoft.EntityFrameworkCore;
using PythonCareers.Core.Jobs;
using PythonCareers.Web.Tests.Infrastructure;

namespace PythonCareers.Web.Tests.Operations;

/// <summary>The metrics, their scrape endpoint and the trace id, on the built site running alone in its process.</summary>
public sealed class ObservabilityTests(ObservedSite site) : IClassFixture<ObservedSite>
{
    /// <summary>A client on the internet, as the proxy forwards it (TEST-NET-3, never a real host).</summary>
    private const string PublicClient = "203.0.113.7";

    [Fact]
    public async Task The_scrape_serves_http_server_metrics_and_counts_submissions_decisions_searches_and_refused_sign_ins()
    {
        await site.ResetAsync();
        var before = await SettledScrapeAsync();
        var (recruiter, _) = await site.SignUpAsync();
        using var _ = recruiter;
        await recruiter.SubmitAsync("/recruiter/postings/new", "/recruiter/postings/new", await site.PostingFieldsAsync());
        await recruiter.SubmitAsync("/recruiter/postings/new", "/recruiter/postings/new", await site.PostingFieldsAsync(("Title", "Junior Django Developer")));
        await recruiter.SubmitAsync("/recruiter/postings/new", "/recruiter/postings/new", await site.PostingFieldsAsync(("Title", "A draft"), ("intent", "save")));
        await using var db = site.CreateContext();
        var ids = await db.JobPostings.Where(p => p.Status == PostingStatus.InReview).OrderBy(p => p.Id).Select(p => p.Id).ToListAsync();
        using var editor = await site.EditorAsync();
        await editor.SubmitAsync($"/admin/moderation/{ids[0]}", $"/admin/moderation/{ids[0]}/approve", []);
        await editor.SubmitAsync($"/admin/moderation/{ids[1]}", $"/admin/moderation/{ids[1]}/reject", Visitor.Fields(("CannedReason", "The role is unpaid.")));
        using var seeker = site.NewVisitor();
        Assert.Equal(HttpStatusCode.OK, (await seeker.GetAsync("/jobs?q=django")).Response.StatusCode);
        var (refused, _) = await seeker.SubmitAsync("/account/sign-in", "/account/sign-in", Visitor.Fields(("Email", "nobody@pythoncareers.example"), ("Password", "not the password at all")));
        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);

        (string Metric, string Label, double Change)[] expected =
        [
            ("pythoncareers_postings_submitted_total", "", 2),
            ("pythoncareers_postings_approved_total", "", 1),
            ("pythoncareers_postings_rejected_total", "", 1),
            ("pythoncareers_job_searches_total", "", 1),
            ("pythoncareers_sign_in_failures_total", "outcome=\"NoMatch\"", 1),
        ];
        var after = await ScrapeUntilAsync(scrape => expected.All(e => Sum(scrape, e.Metric, e.Label) - Sum(before, e.Metric, e.Label) == e.Change));

        Assert.Equal(
            expected.Select(e => $"{e.Metric}{{{e.Label}}} +{e.Change}"),
            expected.Select(e => $"{e.Metric}{{{e.Label}}} +{Sum(after, e.Metric, e.Label) - Sum(before, e.Metric, e.Label)}"));
        Assert.True(Sum(after, "http_server_request_duration_seconds_count", "http_route=\"jobs\"") >= 1, after);
        Assert.True(Sum(after, "pythoncareers_output_cache_lookups_total", "") > 0, after);
        Assert.True(Sum(after, "db_client_operation_duration_seconds_count", "") > 0, after);
        Assert.True(Sum(after, "dotnet_gc_heap_total_allocated_bytes_total", "") > 0, after);
    }

    [Fact]
    public async Task The_scrape_is_the_404_page_for_a_client_the_proxy_forwards_though_the_proxy_connects_from_loopback()
    {
        using var direct = await ScrapeAsync();
        using var forwarded = await ScrapeAsync(request => request.Headers.Add("X-Forwarded-For", PublicClient));

        Assert.Equal(HttpStatusCode.OK, direct.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, forwarded.StatusCode);
        Assert.Contains("<h1>", await forwarded.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.DoesNotContain("http_server_request_duration", await forwarded.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Through_the_proxy_only_the_configured_token_opens_the_scrape()
    {
        using var withToken = await ScrapeAsync(request =>
        {
            request.Headers.Add("X-Forwarded-For", PublicClient);
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", site.MetricsToken);
        });
        using var wrongToken = await ScrapeAsync(request =>
        {
            request.Headers.Add("X-Forwarded-For", PublicClient);
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", site.MetricsToken[..^1]);
        });
        using var withoutToken = await ScrapeAsync(request => request.Headers.Add("X-Forwarded-For", PublicClient));

        Assert.Equal(
            (HttpStatusCode.OK, HttpStatusCode.NotFound, HttpStatusCode.NotFound),
            (withToken.StatusCode, wrongToken.StatusCode, withoutToken.StatusCode));
        Assert.Contains("http_server_request_duration", await withToken.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_error_page_quotes_the_trace_id_of_its_request_log_line()
    {
        using var visitor = site.NewVisitor();
        using var request = new HttpRequestMessage(HttpMethod.Delete, new Uri("/roles", UriKind.Relative));

        var response = await visitor.Client.SendAsync(request);
        var page = new AngleSharp.Html.Parser.HtmlParser().ParseDocument(await response.Content.ReadAsStringAsync());

        Assert.Equal(HttpStatusCode.MethodNotAllowed, response.StatusCode);
        var reference = page.QuerySelector("code.trace-id")?.TextContent;
        Assert.Matches("^[0-9a-f]{32}$", reference);
        using var guard = new CancellationTokenSource(TimeSpan.FromMinutes(1));
        while (!site.LogLines.Any(line => line.TryGetProperty("@tr", out var traceId) && traceId.GetString() == reference))
        {
            await Task.Delay(50, guard.Token);
        }

        var logged = Assert.Single(site.LogLines, line => line.TryGetProperty("@tr", out var traceId) && traceId.GetString() == reference);
        Assert.Equal(("DELETE", "/roles", 405), (logged.GetProperty("RequestMethod").GetString(), logged.GetProperty("RequestPath").GetString(), logged.GetProperty("StatusCode").GetInt32()));
    }

    [Fact]
    public async Task A_page_served_from_the_cache_writes_no_request_log_line_while_its_rendering_does()
    {
        using var visitor = site.NewVisitor();
        bool Logged(System.Text.Json.JsonElement line, string path) =>
            line.TryGetProperty("RequestPath", out var logged) && logged.GetString() == path;

        using var rendered = await visitor.Client.GetAsync(new Uri("/skills", UriKind.Relative));
        var hits = new List<HttpResponseMessage>();
        for (var n = 0; n < 3; n++)
        {
            hits.Add(await visitor.Client.GetAsync(new Uri("/skills", UriKind.Relative)));
        }

        // The log is written in order by one background writer: once a later request's line is there, so are the hits' lines.
        using var later = await visitor.Client.GetAsync(new Uri("/areas", UriKind.Relative));
        using var guard = new CancellationTokenSource(TimeSpan.FromMinutes(1));
        while (!site.LogLines.Any(line => Logged(line, "/areas")))
        {
            await Task.Delay(50, guard.Token);
        }

        Assert.Null(rendered.Headers.Age);
        Assert.All(hits, hit => Assert.NotNull(hit.Headers.Age));
        Assert.Single(site.LogLines, line => Logged(line, "/skills"));
        hits.ForEach(hit => hit.Dispose());
    }

    private async Task<HttpResponseMessage> ScrapeAsync(Action<HttpRequestMessage>? prepare = null)
    {
        using var client = new HttpClient { BaseAddress = site.Process.Origin };
        using var request = new HttpRequestMessage(HttpMethod.Get, new Uri("/metrics", UriKind.Relative));
        prepare?.Invoke(request);
        return await client.SendAsync(request);
    }

    /// <summary>
    /// The exporter answers scrapes within 300 ms of each other from one collection: a scrape taken after that long shows
    /// everything counted before it began.
    /// </summary>
    private async Task<string> SettledScrapeAsync()
    {
        await Task.Delay(TimeSpan.FromMilliseconds(400));
        using var response = await ScrapeAsync();
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return await response.Content.ReadAsStringAsync();
    }

    /// <summary>Scrapes until <paramref name="done"/> holds (half a minute at most, a guard against a hang), and returns the last scrape.</summary>
    private async Task<string> ScrapeUntilAsync(Func<string, bool> done)
    {
        var deadline = DateTime.UtcNow.AddSeconds(30);
        var scrape = await SettledScrapeAsync();
        while (!done(scrape) && DateTime.UtcNow < deadline)
        {
            scrape = await SettledScrapeAsync();
        }

        return scrape;
    }

    /// <summary>The sum of every series of <paramref name="metric"/> whose labels contain <paramref name="label"/>, from Prometheus's text format.</summary>
    private static double Sum(string scrape, string metric, string label) =>
        scrape.Split('\n')
            .Where(line => line.StartsWith(metric + "{", StringComparison.Ordinal) || line.StartsWith(metric + " ", StringComparison.Ordinal))
            .Where(line => line.Contains(label, StringComparison.Ordinal))
            .Sum(line => double.Parse(line[(line.LastIndexOf('}') is var end and >= 0 ? end + 1 : metric.Length)..].Trim().Split(' ')[0], CultureInfo.InvariantCulture));
}
