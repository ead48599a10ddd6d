using System.Diagnostics;
using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Npgsql;
using PythonCareers.Benchmarks;
using PythonCareers.Core;
using PythonCareers.Core.Content;

// scripts/benchmark.sh drives this: "seed" makes a database afresh and fills it with postings, "raw" runs the /jobs search SQL straight
// through Npgsql as the baseline the site is compared with, "explain" shows that SQL with its plans; scripts/benchmark-pages.sh
// runs "ceiling", the site's own page bytes served from memory by bare Kestrel; scripts/benchmark-index.sh runs "index", the
// posted-salary index made afresh three times over every generated posting.
if (args is ["ceiling", var site, var port, .. var paths] && paths.Length > 0)
{
    await PageCeiling.RunAsync(new Uri(site), int.Parse(port, CultureInfo.InvariantCulture), paths);
    return 0;
}

if (args is ["index", var indexConnection])
{
    var options = new DbContextOptionsBuilder<AppDbContext>();
    options.UseCareersDatabase(indexConnection);
    await using var db = new AppDbContext(options.Options);
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
    return 0;
}

if (args.Length < 3)
{
    Console.Error.WriteLine(
        "usage: seed <connection string> <postings> | index <connection string> | raw <connection string> <query string> <seconds> <connections> | explain <connection string> <query string> | ceiling <site origin> <port> <path>...");
    return 2;
}

var connectionString = args[1];
switch (args[0])
{
    case "seed":
        {
            var options = new DbContextOptionsBuilder<AppDbContext>();
            options.UseCareersDatabase(connectionString);
            await using var db = new AppDbContext(options.Options);

            // A database of its own, made afresh: migrating creates it again.
            await db.Database.EnsureDeletedAsync();
            await db.Database.MigrateAsync();
            await new ContentSeeder(db, TimeProvider.System).SeedAsync();
            await PostingGenerator.RecruiterAsync(db);
            await using var connection = new NpgsqlConnection(connectionString);
            await connection.OpenAsync();
            var watch = Stopwatch.StartNew();
            var count = await PostingGenerator.GenerateAsync(db, connection, int.Parse(args[2], CultureInfo.InvariantCulture), seed: 2026);
            await using (var analyze = new NpgsqlCommand("VACUUM ANALYZE job_postings", connection))
            {
                await analyze.ExecuteNonQueryAsync();
            }

            Console.WriteLine($"seeded {count:N0} postings in {watch.Elapsed.TotalSeconds:N1} s");
            return 0;
        }

    case "raw":
        {
            var statements = await RawSearch.RecordAsync(connectionString, args[2]);
            var seconds = int.Parse(args[3], CultureInfo.InvariantCulture);
            var connections = int.Parse(args[4], CultureInfo.InvariantCulture);
            var result = await RawSearch.RunAsync(connectionString, statements, TimeSpan.FromSeconds(seconds), connections);
            Console.WriteLine(FormattableString.Invariant($"raw {statements.Count} {result.P50Milliseconds:F2} {result.P99Milliseconds:F2} {result.PerSecond:F0}"));
            return 0;
        }

    case "explain":
        await RawSearch.ExplainAsync(connectionString, await RawSearch.RecordAsync(connectionString, args[2]), Console.Out);
        return 0;

    default:
        Console.Error.WriteLine($"unknown command {args[0]}");
        return 2;
}
