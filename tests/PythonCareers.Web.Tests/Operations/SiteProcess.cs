using System.Collections.Concurrent;
using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using System.Security.Cryptography;
using System.Text.Json;
using Microsoft.AspNetCore.Mvc.Testing.Handlers;
using PythonCareers.Web.Tests.Infrastructure;

namespace PythonCareers.Web.Tests.Operations;

/// <summary>
/// The built site as a process of its own on a free loopback port, over a database of its own, with Production settings
/// and its JSON log lines on standard output. OpenTelemetry counts every meter of a name in its process, so the sites the
/// other tests run side by side in the test process would add to each other's figures: only a site alone in its process
/// has metrics of its own. The fixture's in-process host serves only the test's own set-up (accounts, resets); visitors
/// talk to the process.
/// </summary>
public sealed class SiteProcess : CareersSite, IAsyncLifetime
{
    private readonly ConcurrentQueue<string> output = new();
    private Process? process;

    public SiteProcess()
        : base("web_process") => Address = new Uri($"http://127.0.0.1:{FreePort()}");

    public Uri Address { get; }

    /// <summary>The metrics token of this run, made afresh: no token is ever stored in the repo.</summary>
    public string MetricsToken { get; } = Convert.ToHexString(RandomNumberGenerator.GetBytes(16));

    /// <summary>The site's log so far, one JSON object a line as production writes them.</summary>
    public IReadOnlyList<JsonElement> LogLines =>
        [.. output.Where(line => line.StartsWith('{')).Select(line => JsonDocument.Parse(line).RootElement)];

    protected override IReadOnlyDictionary<string, string> Settings => new Dictionary<string, string>
    {
        ["Site:PublicOrigin"] = Address.GetLeftPart(UriPartial.Authority),
    };

    public new async Task InitializeAsync()
    {
        await base.InitializeAsync();
        var site = typeof(Program).Assembly.Location;
        var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true, WorkingDirectory = Path.GetDirectoryName(site)! };
        start.ArgumentList.Add(site);
        foreach (var (name, value) in new Dictionary<string, string>
        {
            ["ASPNETCORE_ENVIRONMENT"] = "Production",
            ["ASPNETCORE_URLS"] = Address.GetLeftPart(UriPartial.Authority),
            ["ConnectionStrings__Default"] = ConnectionString,
            ["Site__PublicOrigin"] = Address.GetLeftPart(UriPartial.Authority),
            ["Email__PickupDirectory"] = MailFolder,
            ["Jobs__ExpiryIntervalSeconds"] = "3600",
            ["RateLimits__SignInPerMinute"] = "100000",
            ["RateLimits__SignUpPerMinute"] = "100000",
            ["RateLimits__PostingPerMinute"] = "100000",

            // Trusts this host as its proxy, as an instance behind a local nginx does: forwarded requests arrive from loopback.
            ["ForwardedHeaders__KnownProxies__0"] = "127.0.0.1",
            ["Metrics__BearerToken"] = MetricsToken,
        })
        {
            start.Environment[name] = value;
        }

        process = Process.Start(start)!;
        process.OutputDataReceived += (_, line) => Keep(line.Data);
        process.ErrorDataReceived += (_, line) => Keep(line.Data);
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();

        using var client = new HttpClient { BaseAddress = Address };
        using var guard = new CancellationTokenSource(TimeSpan.FromMinutes(1));
        while (!await AnswersAsync(client, guard.Token))
        {
            Assert.False(process.HasExited, string.Join('\n', output));
            await Task.Delay(200, guard.Token);
        }
    }

    public override Visitor NewVisitor()
    {
        // Like the in-memory visitors: keeps cookies and does not follow redirects, here over real sockets.
        var cookies = new CookieContainerHandler { InnerHandler = new SocketsHttpHandler { AllowAutoRedirect = false, UseCookies = false } };
        return new Visitor(new HttpClient(cookies) { BaseAddress = Address }, cookies.Container);
    }

    public new async Task DisposeAsync()
    {
        if (process is not null)
        {
            process.Kill(entireProcessTree: true);
            await process.WaitForExitAsync();
            process.Dispose();
        }

        await base.DisposeAsync();
    }

    private void Keep(string? line)
    {
        if (line is not null)
        {
            output.Enqueue(line);
        }
    }

    private static async Task<bool> AnswersAsync(HttpClient client, CancellationToken cancellationToken)
    {
        try
        {
            return (await client.GetAsync(new Uri("/health/live", UriKind.Relative), cancellationToken)).StatusCode == HttpStatusCode.OK;
        }
        catch (HttpRequestException)
        {
            return false;
        }
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
