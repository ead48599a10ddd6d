using System.Diagnostics;
using System.Net;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;
using PythonCareers.Web.Tests.Infrastructure;
using Serilog.Core;
using Serilog.Events;

namespace PythonCareers.Web.Tests.Operations;

/// <summary>The site over a database of its own that it reaches through a <see cref="DatabaseProxy"/> the tests can cut.</summary>
public sealed class OutageSite : CareersSite, IAsyncLifetime
{
    public OutageSite()
        : base("web_outage") => Proxy = new DatabaseProxy(ConnectionString);

    public DatabaseProxy Proxy { get; }

    public LogCapture Log { get; } = new();

    protected override IReadOnlyDictionary<string, string> Settings => new Dictionary<string, string>
    {
        ["ConnectionStrings:Default"] = Proxy.ConnectionString,
        ["Serilog:MinimumLevel:Default"] = "Information",
        ["Serilog:MinimumLevel:Override:Microsoft.AspNetCore"] = "Warning",
        ["Serilog:MinimumLevel:Override:Microsoft.EntityFrameworkCore"] = "Warning",
    };

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.ConfigureServices(services => services.AddSingleton<ILogEventSink>(Log));
    }

    public new async Task DisposeAsync()
    {
        await base.DisposeAsync();
        await Proxy.DisposeAsync();
    }
}

public sealed class DatabaseOutageTests(OutageSite site) : IClassFixture<OutageSite>
{
    private static bool IsRequestLine(LogEvent logEvent) => logEvent.Properties.ContainsKey("StatusCode");

    [Fact]
    public async Task During_an_outage_uncached_pages_answer_503_with_one_log_line_each_and_recover_when_the_database_returns()
    {
        await site.ResetAsync();
        await site.CreateUserAsync("editor@pythoncareers.example", Visitor.StrongPassword);
        using var signedIn = site.NewVisitor();
        await signedIn.SignInAsync("editor@pythoncareers.example");
        using var anonymous = site.NewVisitor();
        Assert.Equal(HttpStatusCode.OK, (await anonymous.GetAsync("/roles")).Response.StatusCode);
        var before = site.Log.Events.Count;

        site.Proxy.Cut();
        var answers = new List<(HttpResponseMessage Response, string? Heading)>();
        foreach (var (visitor, path) in new[] { (anonymous, "/salaries"), (signedIn, "/roles"), (anonymous, "/skills"), (signedIn, "/roles"), (anonymous, "/jobs"), (anonymous, "/") })
        {
            var (response, page) = await visitor.GetAsync(path);
            answers.Add((response, page.QuerySelector("h1")?.TextContent));
        }

        var logged = site.Log.Events.Skip(before).ToList();

        // The page an anonymous visitor saw before the outage is still in the output cache, and needs no database.
        var (cached, _) = await anonymous.GetAsync("/roles");
        Assert.Equal(HttpStatusCode.OK, cached.StatusCode);
        site.Proxy.Restore();
        var clock = Stopwatch.StartNew();
        var (recovered, _) = await anonymous.GetAsync("/roles");
        var recoveredAfter = clock.Elapsed;

        Assert.All(answers, answer =>
        {
            Assert.Equal((HttpStatusCode.ServiceUnavailable, "The site is not available just now"), (answer.Response.StatusCode, answer.Heading));
            Assert.Equal(TimeSpan.FromSeconds(30), answer.Response.Headers.RetryAfter?.Delta);
        });
        Assert.True(logged.Count(e => e.Exception is not null) == 1, string.Join(" | ", logged.Select(e => e.RenderMessage(System.Globalization.CultureInfo.InvariantCulture))));
        Assert.Equal(answers.Count, logged.Count(e => IsRequestLine(e) && e.Properties["StatusCode"].ToString() == "503"));
        var perRequest = site.Log.BytesOf(logged.Where(e => e.Exception is null)) / answers.Count;
        Assert.True(perRequest < 1_000, $"{perRequest} bytes of log per failed request; {site.Log.BytesOf(logged)} in all: {string.Join(" | ", logged.Select(e => e.RenderMessage(System.Globalization.CultureInfo.InvariantCulture)))}");
        Assert.True(recovered.StatusCode == HttpStatusCode.OK, $"{recovered.StatusCode} {recoveredAfter}");
    }

    [Fact]
    public async Task A_site_started_while_the_database_is_down_waits_for_it()
    {
        site.Proxy.Cut();
        await using var starting = site.WithWebHostBuilder(builder => builder.UseSetting("Database:MigrateOnStartup", "true"));
        var waited = site.Log.Events.Count(IsWait) + 2;

        var start = Task.Run(starting.StartServer);
        await site.Log.WaitForAsync(IsWait, waited);
        var startedWhileDown = start.IsCompleted;
        site.Proxy.Restore();
        await start;

        Assert.False(startedWhileDown);
        using var client = starting.CreateClient();
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync(new Uri("/health/ready", UriKind.Relative))).StatusCode);
    }

    private static bool IsWait(LogEvent logEvent) => logEvent.MessageTemplate.Text.StartsWith("The database cannot be reached yet", StringComparison.Ordinal);
}
