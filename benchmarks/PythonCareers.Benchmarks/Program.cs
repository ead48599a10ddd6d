using System.Diagnostics;
using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Storage;
using Npgsql;
using PythonCareers.Core;
using PythonCareers.Core.Content;

namespace PythonCareers.Benchmarks;

/// <summary>
/// scripts/benchmark.sh drives this: "seed" fills the benchmark database with postings (or keeps it when it already holds
/// that many), "ceiling" serves the site's own page bytes from memory by bare Kestrel, "baseline" runs the SQL each page runs
/// through raw Npgsql and renders its rows, "explain" shows that SQL with its plans; scripts/benchmark-index.sh runs "index",
/// the posted-salary index made afresh three times over every generated posting.
/// </summary>
internal static class Tool
{
    private const string Usage =
        "usage: seed <connection string> <postings> (the recruiter's password in BENCH_PASSWORD) | index <connection string> | " +
        "baseline <connection string> <site origin> <port> <path>... | explain <connection string> <site origin> <path> | ceiling <site origin> <port> <path>...";

    public static async Task<int> Main(string[] args)
    {
        switch (args)
        {
            case ["ceiling", var site, var port, .. var paths] when paths.Length > 0:
                await PageCeiling.RunAsync(new Uri(site), int.Parse(port, CultureInfo.InvariantCulture), paths);
                return 0;

            case ["baseline", var connection, var site, var port, .. var paths] when paths.Length > 0:
                await PageBaseline.RunAsync(Unlimited(connection), new Uri(site), int.Parse(port, CultureInfo.InvariantCulture), paths);
                return 0;

            case ["explain", var connection, var site, var path]:
                {
                    var pages = await PageStatements.RecordAsync(Unlimited(connection), new Uri(site), [path]);
                    await PageStatements.ExplainAsync(Unlimited(connection), pages[path], Console.Out);
                    return 0;
                }

            case ["seed", var connection, var postings]
                when Environment.GetEnvironmentVariable("BENCH_PASSWORD") is { Length: > 0 } password:
                await SeedAsync(Unlimited(connection), int.Parse(postings, CultureInfo.InvariantCulture), password);
                return 0;

            case ["index", var connection]:
                await IndexAsync(Unlimited(connection));
                return 0;

            default:
                Console.Error.WriteLine(Usage);
                return 2;
        }
    }

    // A million generated rows take longer to load, index and analyse than the 30 s a statement may run by default.
    private static string Unlimited(string connectionString) => new NpgsqlConnectionStringBuilder(connectionString) { CommandTimeout = 0 }.ConnectionString;

    private static DbContextOptions<AppDbContext> Options(string connectionString) =>
        (DbContextOptions<AppDbContext>)new DbContextOptionsBuilder<AppDbContext>().UseCareersDatabase(connectionString).Options;

    // The database is made afresh unless it already holds this many generated postings under the current migrations (the
    // table's comment says how many were generated), since a million take minutes to make. Submissions and alerts that
    // earlier runs left do not count: they are never public, and the alert benchmark removes its own rows.
    private static async Task SeedAsync(string connectionString, int postings, string password)
    {
        var marker = $"benchmark: {postings} generated postings";
        await using var db = new AppDbContext(Options(connectionString));
        // Whether the database exists, not whether it can be reached now: a server out of connection slots must fail the
    // run, never have a million postings deleted and made again.
    if (await db.Database.GetService<IRelationalDatabaseCreator>().ExistsAsync() && !(await db.Database.GetPendingMigrationsAsync()).Any()
            && await db.Database.SqlQuery<string?>($"SELECT obj_description('job_postings'::regclass, 'pg_class') AS \"Value\"").SingleAsync() == marker)
        {
            await PostingGenerator.RecruiterAsync(db, password);
            Console.WriteLine($"kept the benchmark database with its {postings:N0} generated postings");
            return;
        }

        await db.Database.EnsureDeletedAsync();
        await db.Database.MigrateAsync();
        await new ContentSeeder(db, TimeProvider.System).SeedAsync();
        await PostingGenerator.RecruiterAsync(db, password);
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        var watch = Stopwatch.StartNew();
        var count = await PostingGenerator.GenerateAsync(db, connection, postings, seed: 2026);
        await using (var analyze = new NpgsqlCommand($"VACUUM ANALYZE job_postings; COMMENT ON TABLE job_postings IS '{marker}'", connection))
        {
            await analyze.ExecuteNonQueryAsync();
        }

        Console.WriteLine($"seeded {count:N0} postings in {watch.Elapsed.TotalSeconds:N1} s");
    }

    private static async Task IndexAsync(string connectionString)
    {
        await using var db = new AppDbContext(Options(connectionString));
        var index = new PythonCareers.Core.Market.PostedPayIndex(db);

        // The generated postings were all published in the last 30 days: tomorrow's snapshot covers every one.
        var day = DateOnly.FromDateTime(DateTime.UtcNow).AddDays(1);
        var postings = await db.JobPostings.CountAsync();
        var seconds = new List<double>();
        var figures = 0;
        for (var run = 0; run < 3; run++)
        {
            var watch = Stopwatch.StartNew();
            figures = await index.SnapshotAsync(day);
            seconds.Add(watch.Elapsed.TotalSeconds);
        }

        seconds.Sort();
        Console.WriteLine(FormattableString.Invariant(
            $"posted-salary index over {postings:N0} postings: {figures:N0} figures; runs {string.Join(", ", seconds.Select(s => s.ToString("F2", CultureInfo.InvariantCulture)))} s; median {seconds[1]:F2} s (target: under 10 s at 1,000,000)"));
    }
}
