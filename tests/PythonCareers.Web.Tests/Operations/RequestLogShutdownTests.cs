using System.Net;
using PythonCareers.Web.Tests.Infrastructure;

namespace PythonCareers.Web.Tests.Operations;

/// <summary>A database of its own, for the site process the request log test starts and stops.</summary>
public sealed class RequestLogSite : CareersSite
{
    public RequestLogSite()
        : base("web_request_log")
    {
    }
}

/// <summary>
/// The request log is written by a background thread (Serilog.Sinks.Async): the lines it still holds when a deployment
/// stops the site must be written before the process exits, or the last requests before a stop would leave no trace.
/// </summary>
public sealed class RequestLogShutdownTests(RequestLogSite site) : IClassFixture<RequestLogSite>
{
    private const int Requests = 400;

    [Fact]
    public async Task Every_request_answered_before_SIGTERM_has_its_log_line_once_the_process_has_exited()
    {
        await using var process = new SiteProcess(site.ConnectionString, new Dictionary<string, string>
        {
            ["Serilog:MinimumLevel:Default"] = "Information",
        });
        await process.StartAsync();
        var marker = Guid.NewGuid().ToString("N");
        using var visitor = process.NewVisitor();

        // Sixteen at a time, as a loaded site answers them, so that lines are still queued when the signal comes.
        var statuses = await Task.WhenAll(Enumerable.Range(0, Requests).Chunk(Requests / 16).Select(async chunk =>
        {
            var answered = new List<HttpStatusCode>();
            foreach (var n in chunk)
            {
                var (response, _) = await visitor.GetAsync($"/probe-{marker}-{n}");
                answered.Add(response.StatusCode);
            }

            return answered;
        }));
        await process.TerminateAsync();

        Assert.All(statuses.SelectMany(answered => answered), status => Assert.Equal(HttpStatusCode.NotFound, status));
        var logged = process.Output.Count(line => line.Contains($"\"RequestPath\":\"/probe-{marker}-", StringComparison.Ordinal));
        Assert.Equal(Requests, logged);
    }
}
