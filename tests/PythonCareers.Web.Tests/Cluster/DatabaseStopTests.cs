using System.Collections.Concurrent;
using System.Diagnostics;
using System.Net;
using System.Text.Json;
using System.Text.RegularExpressions;
using AngleSharp.Html.Parser;
using Npgsql;
using PythonCareers.Tests;
using PythonCareers.Web.Tests.Infrastructure;
using Xunit.Abstractions;

namespace PythonCareers.Web.Tests.Cluster;

/// <summary>
/// A cluster over a PostgreSQL server of its own (scripts/fault-database.sh), since its test stops that server hard: the
/// rest of the suite runs meanwhile against the machine's server, which must never go down.
/// </summary>
public sealed class DatabaseStopCluster : LocalCluster
{
    /// <summary>Named after the instances' database, so a run with its own PYTHONCAREERS_DATABASE has its own server.</summary>
    private readonly string serverName;

    public DatabaseStopCluster()
        : base("web_cluster_database_stop") => serverName = new NpgsqlConnectionStringBuilder(ConnectionString).Database!;

    public override async Task InitializeAsync()
    {
        // A server left running by a run that was killed is stopped and deleted first, so every run starts afresh.
        await RunServerScriptAsync("remove");
        ConnectionString = new NpgsqlConnectionStringBuilder((await RunServerScriptAsync("start")).Trim()) { Database = serverName }.ConnectionString;
        await base.InitializeAsync();
    }

    public override async Task DisposeAsync()
    {
        await base.DisposeAsync();
        await RunServerScriptAsync("remove");
    }

    /// <summary><c>pg_ctl stop -m immediate</c>: every connection is cut at once and nothing is checkpointed, as in a crash.</summary>
    public Task StopDatabaseAsync() => RunServerScriptAsync("stop");

    /// <summary>Starts the server again (it recovers from its WAL first); returns once it accepts connections.</summary>
    public Task StartDatabaseAsync() => RunServerScriptAsync("start");

    private Task<string> RunServerScriptAsync(string command) =>
        RunRepositoryScriptAsync("scripts/fault-database.sh", [command, serverName], new Dictionary<string, string>());
}

/// <summary>
/// PostgreSQL stopped hard under load through nginx and both instances, then started again: the site answers 503 with
/// Retry-After for whatever needs the database (never a 500 or a stack trace), keeps serving what the shared cache holds,
/// says it is not ready, and comes back by itself once the database does, without a restart.
/// </summary>
public sealed partial class DatabaseStopTests(DatabaseStopCluster cluster, ITestOutputHelper output) : IClassFixture<DatabaseStopCluster>
{
    /// <summary>
    /// How long the database stays down while the load goes on, at least; longer, up to <see cref="LongestOutage"/>, until
    /// every kind of request that needs it has been answered meanwhile and each instance has said it is not ready (on a
    /// busy machine a request that finds the database gone takes a few seconds, its connection retries included).
    /// </summary>
    private static readonly TimeSpan Outage = TimeSpan.FromSeconds(4);

    private static readonly TimeSpan LongestOutage = TimeSpan.FromSeconds(20);

    private static readonly Need[] NeedingTheDatabase = [Need.NewSearch, Need.SignedInPage, Need.Submission];

    /// <summary>
    /// nginx takes 11 posting submissions at once, then one every 2 s from a client: one every 2.5 s stays under that, so
    /// every answer the submissions get is the site's own.
    /// </summary>
    private static readonly TimeSpan SubmissionInterval = TimeSpan.FromMilliseconds(2_500);

    /// <summary>How often each browsing client asks for a page at most: six clients, bounded load on a shared machine.</summary>
    private static readonly TimeSpan Browsing = TimeSpan.FromMilliseconds(20);

    private static readonly string[] CachedPages = ["/", "/roles", "/roles/data-scientist", "/salaries", "/skills"];

    private enum Need
    {
        /// <summary>An anonymous public page already in the output cache (Redis), which needs no database.</summary>
        CachedPage,

        /// <summary>A search nobody made before: rendered from the database.</summary>
        NewSearch,

        /// <summary>A recruiter's page: never cached, and signing in is checked against the database on every request.</summary>
        SignedInPage,

        /// <summary>A recruiter sending the new-posting form.</summary>
        Submission,
    }

    private sealed record Answer(Need Need, TimeSpan Sent, TimeSpan Answered, HttpStatusCode Status, TimeSpan? RetryAfter, bool FromCache, string? Internals, string Body);

    [Fact]
    public async Task Stopping_PostgreSQL_under_load_gets_503s_with_Retry_After_and_both_instances_recover_within_10_s_without_a_restart()
    {
        using var recruiter = await SignUpRecruiterAsync();
        List<KeyValuePair<string, string>> fields;
        await using (var db = TestDatabase.CreateContext(cluster.ConnectionString))
        {
            fields = await Infrastructure.Recruiters.PostingFieldsAsync(db);
        }

        using var seeker = cluster.NewBrowser();
        foreach (var path in CachedPages)
        {
            await seeker.GetAsync(path);
            Assert.True((await seeker.GetAsync(path)).Response.Headers.Age.HasValue, $"{path} is not in the shared cache");
        }

        var clock = Stopwatch.StartNew();
        var postingForm = new OpenPostingForm(recruiter, fields, clock);
        var answers = new ConcurrentQueue<Answer>();
        using var stopLoad = new CancellationTokenSource();
        var load = new List<Task>
        {
            Loop(Browsing, async n => answers.Enqueue(await GetAsync(seeker, Need.CachedPage, CachedPages[n % CachedPages.Length], clock)), stopLoad.Token),
            Loop(Browsing, async n => answers.Enqueue(await GetAsync(seeker, Need.CachedPage, CachedPages[(n + 2) % CachedPages.Length], clock)), stopLoad.Token),
            Loop(Browsing, async n => answers.Enqueue(await GetAsync(seeker, Need.NewSearch, $"/jobs?q=outage-a{n}", clock)), stopLoad.Token),
            Loop(Browsing, async n => answers.Enqueue(await GetAsync(seeker, Need.NewSearch, $"/jobs?q=outage-b{n}", clock)), stopLoad.Token),
            Loop(Browsing, async _ => answers.Enqueue(await GetAsync(recruiter, Need.SignedInPage, "/recruiter/postings", clock)), stopLoad.Token),
            Loop(SubmissionInterval, async n =>
            {
                foreach (var answer in await postingForm.SubmitAsync($"Outage test {n}"))
                {
                    answers.Enqueue(answer);
                }
            }, stopLoad.Token),
        };

        await Task.Delay(TimeSpan.FromSeconds(2));
        var stopping = clock.Elapsed;
        await cluster.StopDatabaseAsync();
        var stopped = clock.Elapsed;
        var readiness = new ConcurrentQueue<(int Port, HttpStatusCode Status, string? Says)>();
        var probes = cluster.SitePorts.Select(port => (Port: port, Probe: cluster.ThroughInstance(port, new CookieContainer(), "198.51.100.40"))).ToList();
        using var endOutage = new CancellationTokenSource();
        var probing = probes.Select(p => Loop(TimeSpan.FromMilliseconds(250), async _ => readiness.Enqueue(await ReadinessAsync(p.Port, p.Probe)), endOutage.Token)).ToList();
        bool Seen() => NeedingTheDatabase.All(need => answers.Any(a => a.Need == need && a.Sent >= stopped))
            && cluster.SitePorts.All(port => readiness.Any(r => r.Port == port));
        while (clock.Elapsed - stopped < LongestOutage && (clock.Elapsed - stopped < Outage || !Seen()))
        {
            await Task.Delay(100);
        }

        await endOutage.CancelAsync();
        await Task.WhenAll(probing);
        probes.ForEach(p => p.Probe.Dispose());

        var starting = clock.Elapsed;
        await cluster.StartDatabaseAsync();
        var started = clock.Elapsed;
        var recoveries = await Task.WhenAll(cluster.SitePorts.Select(port => FirstGoodAnswerAsync(port, recruiter.Cookies)));
        var recovered = clock.Elapsed;
        await Task.Delay(TimeSpan.FromSeconds(1));
        await stopLoad.CancelAsync();
        await Task.WhenAll(load);
        var afterwards = await postingForm.SubmitAsync("Outage test, afterwards");

        var all = answers.ToList();
        bool WhileDown(Answer a) => a.Sent >= stopped && a.Answered <= starting;
        var duringOutage = all.Where(WhileDown).ToList();
        output.WriteLine($"{all.Count} requests through nginx; database stopped in {(stopped - stopping).TotalMilliseconds:0} ms, down {(starting - stopped).TotalSeconds:0.0} s, started in {(started - starting).TotalMilliseconds:0} ms");
        output.WriteLine($"sent and answered while it was down, {duringOutage.Count}: {Tally(duringOutage)}");
        output.WriteLine($"around the stop and the start: {Tally(all.Where(a => a.Answered > stopping && a.Sent < recovered && !WhileDown(a)))}");
        output.WriteLine($"/health/ready while it was down: {string.Join("; ", readiness.GroupBy(r => r).Select(r => $"instance {r.Key.Port} {(int)r.Key.Status} {r.Key.Says} x{r.Count()}"))}");
        output.WriteLine($"first good answer after the start: {string.Join(", ", cluster.SitePorts.Zip(recoveries, (port, time) => $"instance {port} {time.TotalMilliseconds:0} ms"))}");

        Assert.All(all, a => Assert.True(
            a.Status is HttpStatusCode.OK or HttpStatusCode.Redirect or HttpStatusCode.ServiceUnavailable,
            $"{a.Need} answered {(int)a.Status} at {a.Answered.TotalSeconds:0.00} s: {a.Body[..Math.Min(a.Body.Length, 2_000)]}"));
        Assert.All(all, a => Assert.True(a.Internals is null, $"{a.Need} answered {(int)a.Status} showing \"{a.Internals}\""));
        Assert.All(all.Where(a => a.Status == HttpStatusCode.ServiceUnavailable), a => Assert.Equal(TimeSpan.FromSeconds(30), a.RetryAfter));
        Assert.All(all.Where(a => a.Answered < stopping), a => Assert.NotEqual(HttpStatusCode.ServiceUnavailable, a.Status));

        // While it was down, everything that needs the database was refused, and each kind of request was made.
        foreach (var need in NeedingTheDatabase)
        {
            Assert.Contains(duringOutage, a => a.Need == need);
        }

        Assert.All(duringOutage.Where(a => a.Need != Need.CachedPage), a => Assert.Equal(HttpStatusCode.ServiceUnavailable, a.Status));
        Assert.All(duringOutage.Where(a => a.Status == HttpStatusCode.OK), a => Assert.True(a.FromCache));
        Assert.Equal(cluster.SitePorts.Order(), readiness.Select(r => r.Port).Distinct().Order());
        Assert.All(readiness, r => Assert.Equal((HttpStatusCode.ServiceUnavailable, "Unhealthy"), (r.Status, r.Says)));

        Assert.All(recoveries, time => Assert.True(time < TimeSpan.FromSeconds(10), $"an instance answered its first good page {time.TotalSeconds:0.0} s after the database started"));
        Assert.All(all.Where(a => a.Sent > recovered), a => Assert.NotEqual(HttpStatusCode.ServiceUnavailable, a.Status));
        Assert.Equal(HttpStatusCode.Redirect, afterwards[^1].Status);
    }

    /// <summary>
    /// Runs <paramref name="step"/> again and again (its count as argument), at most once per <paramref name="interval"/>,
    /// until <paramref name="stop"/> is cancelled. The step in flight then finishes: its answer counts like any other.
    /// </summary>
    private static Task Loop(TimeSpan interval, Func<int, Task> step, CancellationToken stop) => Task.Run(
        async () =>
        {
            for (var n = 0; !stop.IsCancellationRequested; n++)
            {
                var next = Task.Delay(interval, CancellationToken.None);
                await step(n);
                await next;
            }
        },
        CancellationToken.None);

    private static async Task<Answer> GetAsync(Visitor visitor, Need need, string path, Stopwatch clock)
    {
        var sent = clock.Elapsed;
        using var response = await visitor.Client.GetAsync(new Uri(path, UriKind.Relative));
        return await AnswerAsync(need, sent, response, clock);
    }

    /// <summary>What <c>/health/ready</c> on the instance on <paramref name="port"/> says (its overall status), asked straight, as an orchestrator would.</summary>
    private static async Task<(int Port, HttpStatusCode Status, string? Says)> ReadinessAsync(int port, Visitor probe)
    {
        using var response = await probe.Client.GetAsync(new Uri("/health/ready", UriKind.Relative));
        var report = JsonSerializer.Deserialize<JsonElement>(await response.Content.ReadAsStringAsync());
        return (port, response.StatusCode, report.GetProperty("status").GetString());
    }

    /// <summary>
    /// A recruiter with the new-posting form open, as a browser keeps it: its antiforgery token is read once and sent with
    /// every submission, so submissions reach the site while the form itself cannot be opened again.
    /// </summary>
    private sealed class OpenPostingForm(Visitor recruiter, List<KeyValuePair<string, string>> fields, Stopwatch clock)
    {
        private string? token;

        /// <summary>Sends the form with <paramref name="title"/>, opening it first if it is not open yet: the answers, in order.</summary>
        public async Task<List<Answer>> SubmitAsync(string title)
        {
            var answers = new List<Answer>();
            if (token is null)
            {
                var form = await GetAsync(recruiter, Need.SignedInPage, "/recruiter/postings/new", clock);
                answers.Add(form);
                token = new HtmlParser().ParseDocument(form.Body).QuerySelector("input[name=__RequestVerificationToken]")?.GetAttribute("value");
                if (token is null)
                {
                    return answers;
                }
            }

            var sent = clock.Elapsed;
            using var content = new FormUrlEncodedContent(fields.Where(f => f.Key != "Title").Append(new("Title", title)).Append(new("__RequestVerificationToken", token)));
            using var response = await recruiter.Client.PostAsync(new Uri("/recruiter/postings/new", UriKind.Relative), content);
            answers.Add(await AnswerAsync(Need.Submission, sent, response, clock));
            return answers;
        }
    }

    private static async Task<Answer> AnswerAsync(Need need, TimeSpan sent, HttpResponseMessage response, Stopwatch clock)
    {
        var body = await response.Content.ReadAsStringAsync();
        var internals = Internals().Match(body);
        return new Answer(need, sent, clock.Elapsed, response.StatusCode, response.Headers.RetryAfter?.Delta, response.Headers.Age.HasValue,
            internals.Success ? internals.Value : null, body);
    }

    /// <summary>
    /// How long after the database accepted connections again the instance on <paramref name="port"/> first answered a page
    /// that needs it (the recruiter's postings, straight to that instance, as nginx would send it); 15 s at most.
    /// </summary>
    private async Task<TimeSpan> FirstGoodAnswerAsync(int port, CookieContainer cookies)
    {
        using var instance = cluster.ThroughInstance(port, cookies, "198.51.100.41");
        var clock = Stopwatch.StartNew();
        while (clock.Elapsed < TimeSpan.FromSeconds(15))
        {
            var (response, _) = await instance.GetAsync("/recruiter/postings");
            if (response.StatusCode == HttpStatusCode.OK)
            {
                return clock.Elapsed;
            }

            await Task.Delay(50);
        }

        return clock.Elapsed;
    }

    /// <summary>A recruiter signed up, confirmed and signed in through nginx, as a person would.</summary>
    private async Task<Visitor> SignUpRecruiterAsync()
    {
        var browser = cluster.NewBrowser();
        var email = $"outage-{Guid.NewGuid():N}@snakeoil.example";
        var (signedUp, page) = await browser.SubmitAsync("/account/sign-up", "/account/sign-up", Visitor.Fields(
            ("Email", email),
            ("Password", Visitor.StrongPassword),
            ("CompanyName", "Snake Oil GmbH"),
            ("CompanyWebsite", "https://snakeoil.example"),
            ("CompanyDescription", "We build Python tools.")));
        Assert.True(signedUp.StatusCode == HttpStatusCode.OK, page.QuerySelector(".field-error")?.TextContent);
        var (confirmed, _) = await browser.PressAsync(CareersSite.LinkIn(Assert.Single(await cluster.MailToAsync(email)), "/account/confirm-email").PathAndQuery);
        Assert.Equal(HttpStatusCode.OK, confirmed.StatusCode);
        await browser.SignInAsync(email);
        return browser;
    }

    private static string Tally(IEnumerable<Answer> answers) =>
        string.Join("; ", answers.GroupBy(a => a.Need).OrderBy(g => g.Key).Select(g =>
            $"{g.Key} " + string.Join(", ", g.GroupBy(a => a.Status).OrderBy(s => s.Key).Select(s => $"{(int)s.Key} x{s.Count()}"))));

    /// <summary>What a page that showed the exception would carry: a line of a .NET stack trace, an exception's name, Npgsql's.</summary>
    [GeneratedRegex(@".{0,40}(\bat [A-Z][\w.`]+\.[\w<>]+\(|Exception\b|Npgsql).{0,40}")]
    private static partial Regex Internals();
}
