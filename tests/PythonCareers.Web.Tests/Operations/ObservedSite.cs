using System.Security.Cryptography;
using System.Text.Json;
using PythonCareers.Web.Tests.Infrastructure;

namespace PythonCareers.Web.Tests.Operations;

/// <summary>
/// The built site alone in a <see cref="SiteProcess"/> over a database of its own, trusting loopback as its proxy (as an
/// instance behind a local nginx does) and logging requests as production does. OpenTelemetry counts every meter of a
/// name in its process, so the sites the other tests run side by side in the test process would add to each other's
/// figures: only a site alone in its process has metrics of its own. The fixture's in-process host only sets tests up
/// (accounts, resets); visitors talk to the process.
/// </summary>
public sealed class ObservedSite : CareersSite, IAsyncLifetime
{
    private SiteProcess? process;

    public ObservedSite()
        : base("web_observed")
    {
    }

    public SiteProcess Process => process!;

    /// <summary>The metrics token of this run, made afresh: no token is ever stored in the repo.</summary>
    public string MetricsToken { get; } = Convert.ToHexString(RandomNumberGenerator.GetBytes(16));

    /// <summary>The site's log so far, one JSON object a line as production writes them.</summary>
    public IReadOnlyList<JsonElement> LogLines =>
        [.. Process.Output.Where(line => line.StartsWith('{')).Select(line => JsonDocument.Parse(line).RootElement)];

    public new async Task InitializeAsync()
    {
        await base.InitializeAsync();
        process = new SiteProcess(ConnectionString, new Dictionary<string, string>
        {
            ["Email:PickupDirectory"] = MailFolder,
            ["Serilog:MinimumLevel:Default"] = "Information",
            ["Jobs:ExpiryIntervalSeconds"] = "3600",
            ["RateLimits:SignInPerMinute"] = "100000",
            ["RateLimits:SignUpPerMinute"] = "100000",
            ["RateLimits:PostingPerMinute"] = "100000",
            ["ForwardedHeaders:KnownProxies:0"] = "127.0.0.1",
            ["Metrics:BearerToken"] = MetricsToken,
        });
        await process.StartAsync();
    }

    public override Visitor NewVisitor() => Process.NewVisitor();

    public new async Task DisposeAsync()
    {
        if (process is not null)
        {
            await process.DisposeAsync();
        }

        await base.DisposeAsync();
    }
}
