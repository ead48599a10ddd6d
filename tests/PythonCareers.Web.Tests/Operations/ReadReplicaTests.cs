using System.Diagnostics;
using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;
using PythonCareers.Core.Jobs;
using PythonCareers.Web.Infrastructure;
using PythonCareers.Web.Tests.Infrastructure;

namespace PythonCareers.Web.Tests.Operations;

/// <summary>
/// The site over a database of its own with ConnectionStrings:ReadReplica set to a real hot standby of the test server,
/// which scripts/replica.sh makes with pg_basebackup and starts on a second port (REPLICA_PORT, 5433 unless set).
/// </summary>
public sealed class ReplicaSite : CareersSite, IAsyncLifetime
{
    private static readonly string ScriptsFolder = FindScripts();

    public ReplicaSite()
        : base("web_replica") =>
        ReplicaConnectionString = new NpgsqlConnectionStringBuilder(ConnectionString)
        {
            Port = int.Parse(Environment.GetEnvironmentVariable("REPLICA_PORT") ?? "5433", System.Globalization.CultureInfo.InvariantCulture),

            // Npgsql's default is 10 s; the tests wait for the replica's return, so they ask for it to be noticed sooner.
            HostRecheckSeconds = 1,
        }.ConnectionString;

    /// <summary>The standby's own address, as ConnectionStrings:ReadReplica names it.</summary>
    public string ReplicaConnectionString { get; }

    protected override IReadOnlyDictionary<string, string> Settings => new Dictionary<string, string>
    {
        ["ConnectionStrings:ReadReplica"] = ReplicaConnectionString,

        // These tests change the primary behind the site's back and pause the replica: they watch where each page reads,
        // which a page kept in the output cache would hide.
        ["PublicPages:CacheSeconds"] = "0",
    };

    public new async Task InitializeAsync()
    {
        await ReplicaAsync("start");
        await base.InitializeAsync();
        await CaughtUpAsync();
    }

    /// <summary>Runs scripts/replica.sh with <paramref name="command"/> (start, stop, pause, resume) and checks it succeeded.</summary>
    public static async Task ReplicaAsync(string command)
    {
        var start = new ProcessStartInfo("bash", [Path.Combine(ScriptsFolder, "replica.sh"), command]) { RedirectStandardError = true, RedirectStandardOutput = true };
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var errors = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        Assert.True(process.ExitCode == 0, $"scripts/replica.sh {command} failed ({process.ExitCode}): {await output} {await errors}");
    }

    /// <summary>
    /// Waits (up to 30 s) until the standby has replayed everything the primary had written when this was called: the
    /// cluster's other databases keep the WAL busy, so a fixed sleep would be either too long or too short.
    /// </summary>
    public async Task CaughtUpAsync()
    {
        await using var primary = new NpgsqlConnection(new NpgsqlConnectionStringBuilder(ConnectionString) { Database = "postgres", Pooling = false }.ConnectionString);
        await primary.OpenAsync();
        await using var current = new NpgsqlCommand("SELECT pg_current_wal_lsn()::text", primary);
        var written = (string)(await current.ExecuteScalarAsync())!;

        await using var replica = new NpgsqlConnection(new NpgsqlConnectionStringBuilder(ReplicaConnectionString) { Database = "postgres", Pooling = false }.ConnectionString);
        await replica.OpenAsync();
        await using var replayed = new NpgsqlCommand("SELECT pg_last_wal_replay_lsn() >= @written::pg_lsn", replica) { Parameters = { new("written", written) } };
        var clock = Stopwatch.StartNew();
        while (!(bool)(await replayed.ExecuteScalarAsync())!)
        {
            Assert.True(clock.Elapsed < TimeSpan.FromSeconds(30), $"the standby has not replayed {written} after 30 s");
            await Task.Delay(50);
        }
    }

    public new async Task DisposeAsync()
    {
        await base.DisposeAsync();
        await ReplicaAsync("resume");
    }

    private static string FindScripts()
    {
        for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
        {
            if (File.Exists(Path.Combine(folder.FullName, "scripts", "replica.sh")))
            {
                return Path.Combine(folder.FullName, "scripts");
            }
        }

        throw new InvalidOperationException($"No scripts/replica.sh above {AppContext.BaseDirectory}.");
    }
}

public sealed class ReadReplicaTests(ReplicaSite site) : IClassFixture<ReplicaSite>, IAsyncLifetime
{
    private const string RolePage = "/roles/python-web-developer";

    public async Task InitializeAsync()
    {
        await site.ResetAsync();
        await site.CaughtUpAsync();
    }

    public Task DisposeAsync() => Task.CompletedTask;

    [Fact]
    public async Task Anonymous_pages_read_from_the_replica_while_a_signed_in_recruiter_sees_their_saved_posting_at_once()
    {
        var (recruiter, user) = await site.SignUpAsync();
        using var _ = recruiter;
        using var anonymous = site.NewVisitor();
        var fields = await site.PostingFieldsAsync(("Title", "Replicated Django Developer"));

        string postingPage;
        await ReplicaSite.ReplicaAsync("pause");
        try
        {
            var (saved, _) = await recruiter.SubmitAsync("/recruiter/postings/new", "/recruiter/postings/new", fields);
            Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
            var (own, ownPage) = await recruiter.GetAsync(saved.Headers.Location!.OriginalString);
            Assert.Equal(HttpStatusCode.OK, own.StatusCode);
            Assert.Contains("Replicated Django Developer", ownPage.Body!.TextContent, StringComparison.Ordinal);
            Assert.Contains("Replicated Django Developer", (await recruiter.GetAsync("/recruiter/postings")).Page.Body!.TextContent, StringComparison.Ordinal);

            var posting = await ApproveAsync(user.Id);
            postingPage = $"/jobs/{posting.Id}/{posting.Slug}";

            // The same page, at the same moment: the primary has the approved posting, the paused standby does not yet.
            Assert.Equal(HttpStatusCode.NotFound, (await anonymous.GetAsync(postingPage)).Response.StatusCode);
            Assert.DoesNotContain("Replicated Django Developer", (await anonymous.GetAsync("/jobs")).Page.Body!.TextContent, StringComparison.Ordinal);
            Assert.Equal(HttpStatusCode.OK, (await recruiter.GetAsync(postingPage)).Response.StatusCode);
            Assert.Contains("Replicated Django Developer", (await recruiter.GetAsync("/jobs")).Page.Body!.TextContent, StringComparison.Ordinal);
        }
        finally
        {
            await ReplicaSite.ReplicaAsync("resume");
        }

        await site.CaughtUpAsync();
        Assert.Equal(HttpStatusCode.OK, (await anonymous.GetAsync(postingPage)).Response.StatusCode);
    }

    [Fact]
    public async Task Public_pages_answer_from_the_primary_while_the_replica_is_stopped_and_from_the_replica_once_it_returns()
    {
        using var anonymous = site.NewVisitor();

        // Four visitors ask for public pages the whole time the replica stops: some of their reads are running on it, or
        // wait in its pool on connections the stop breaks; every one must be carried over to the primary, none fail.
        using var stopped = new CancellationTokenSource();
        var visitors = Enumerable.Range(0, 4).Select(_ => Task.Run(async () =>
        {
            using var visitor = site.NewVisitor();
            var statuses = new List<HttpStatusCode>();
            while (!stopped.IsCancellationRequested || statuses.Count < 20)
            {
                statuses.Add((await visitor.GetAsync(RolePage)).Response.StatusCode);
            }

            return statuses;
        })).ToList();
        await Task.Delay(500);
        await ReplicaSite.ReplicaAsync("stop");
        try
        {
            await stopped.CancelAsync();
            var statuses = (await Task.WhenAll(visitors)).SelectMany(answers => answers).ToList();
            Assert.All(statuses, status => Assert.Equal(HttpStatusCode.OK, status));
            await RenameRoleAsync("Python Web Developer (while the replica was down)");
            Assert.Equal("Python Web Developer (while the replica was down)", await HeadingAsync(anonymous));

            // Even served by the primary, a replica session cannot write.
            await using var reads = new NpgsqlConnection(ReadReplica.ReadConnectionString(site.ReplicaConnectionString, site.ConnectionString));
            await reads.OpenAsync();
            await using var write = new NpgsqlCommand("UPDATE role_profiles SET title = title", reads);
            var refused = await Assert.ThrowsAsync<PostgresException>(() => write.ExecuteNonQueryAsync());
            Assert.Equal(PostgresErrorCodes.ReadOnlySqlTransaction, refused.SqlState);
        }
        finally
        {
            await ReplicaSite.ReplicaAsync("start");
        }

        await site.CaughtUpAsync();
        await ReplicaSite.ReplicaAsync("pause");
        try
        {
            await RenameRoleAsync("Python Web Developer (only on the primary)");

            // The site goes back to the replica once Npgsql rechecks it; the paused replica still has the older title.
            var clock = Stopwatch.StartNew();
            string? heading;
            while ((heading = await HeadingAsync(anonymous)) != "Python Web Developer (while the replica was down)" && clock.Elapsed < TimeSpan.FromSeconds(30))
            {
                await Task.Delay(100);
            }

            Assert.Equal("Python Web Developer (while the replica was down)", heading);
        }
        finally
        {
            await ReplicaSite.ReplicaAsync("resume");
        }
    }

    [Fact]
    public async Task A_read_running_on_the_replica_when_it_stops_is_carried_over_to_the_primary()
    {
        await using var scope = site.Services.CreateAsyncScope();
        scope.ServiceProvider.GetRequiredService<DatabaseChoice>().ReadFromReplica();
        var db = scope.ServiceProvider.GetRequiredService<PythonCareers.Core.AppDbContext>();
        Assert.True(await InRecoveryAsync(db, TimeSpan.Zero));

        var slowRead = InRecoveryAsync(db, TimeSpan.FromSeconds(2));
        await Task.Delay(500);
        try
        {
            await ReplicaSite.ReplicaAsync("stop");
            Assert.False(await slowRead);
        }
        finally
        {
            await ReplicaSite.ReplicaAsync("start");
        }
    }

    /// <summary>Whether the server that answers a query taking <paramref name="duration"/> is a standby.</summary>
    private static async Task<bool> InRecoveryAsync(PythonCareers.Core.AppDbContext db, TimeSpan duration) =>
        await db.Database.SqlQuery<bool>($"SELECT pg_is_in_recovery() AS \"Value\" FROM pg_sleep({duration.TotalSeconds})").SingleAsync();

    private static async Task<string?> HeadingAsync(Visitor visitor)
    {
        var (response, page) = await visitor.GetAsync(RolePage);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return page.QuerySelector("h1")?.TextContent.Trim();
    }

    private async Task RenameRoleAsync(string title)
    {
        await using var db = site.CreateContext();
        Assert.Equal(1, await db.RoleProfiles.Where(r => r.Slug == "python-web-developer").ExecuteUpdateAsync(r => r.SetProperty(p => p.Title, title)));
    }

    /// <summary>Approves the recruiter's posting on the primary, as a moderator would, and returns it.</summary>
    private async Task<JobPosting> ApproveAsync(string recruiterId)
    {
        await using var db = site.CreateContext();
        var posting = await db.JobPostings.AsTracking().SingleAsync(p => p.RecruiterId == recruiterId);
        posting.Approve(DateTime.UtcNow, TimeSpan.FromDays(30));
        await db.SaveChangesAsync();
        return posting;
    }
}
