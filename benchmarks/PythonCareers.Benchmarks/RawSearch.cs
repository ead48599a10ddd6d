using System.Collections.Specialized;
using System.Data.Common;
using System.Diagnostics;
using System.Web;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Npgsql;
using PythonCareers.Core;
using PythonCareers.Core.Jobs.Search;

namespace PythonCareers.Benchmarks;

/// <summary>
/// The baseline for /jobs: the SQL statements one search runs, recorded from EF Core while the site's own validator and
/// <see cref="JobSearch"/> handle the same query string, then replayed through plain Npgsql with their parameters.
/// Recording rather than copying keeps the baseline in step with the site's queries as they change.
/// </summary>
internal static class RawSearch
{
    public static async Task<IReadOnlyList<Statement>> RecordAsync(string connectionString, string queryString)
    {
        var recorder = new StatementRecorder();
        var options = new DbContextOptionsBuilder<AppDbContext>();
        options.UseCareersDatabase(connectionString).AddInterceptors(recorder);
        await using var db = new AppDbContext(options.Options);
        var query = Parse(HttpUtility.ParseQueryString(queryString));
        var validation = await new JobSearchQueryValidator(db).ValidateAsync(query);
        if (!validation.IsValid)
        {
            throw new ArgumentException($"The site would refuse this search: {validation}", nameof(queryString));
        }

        await new JobSearch(db).RunAsync(query.ToCriteria(), CancellationToken.None);
        return recorder.Statements;
    }

    /// <summary>Runs the statements of one page after another on each of <paramref name="workers"/> connections for <paramref name="duration"/>.</summary>
    public static async Task<RawResult> RunAsync(string connectionString, IReadOnlyList<Statement> statements, TimeSpan duration, int workers)
    {
        await using var dataSource = NpgsqlDataSource.Create(connectionString);

        // One unmeasured page on every connection first, so that opening connections and JIT compilation are not timed.
        await Task.WhenAll(Enumerable.Range(0, workers).Select(_ => Task.Run(() => PageAsync(dataSource, statements))));
        var started = Stopwatch.GetTimestamp();
        var stopAt = started + (long)(duration.TotalSeconds * Stopwatch.Frequency);
        var perWorker = await Task.WhenAll(Enumerable.Range(0, workers).Select(_ => Task.Run(() => WorkAsync(dataSource, statements, stopAt))));
        var elapsed = Stopwatch.GetElapsedTime(started);
        var pages = perWorker.SelectMany(l => l).Order().ToList();
        return new RawResult(Percentile(pages, 0.50), Percentile(pages, 0.99), pages.Count / elapsed.TotalSeconds);
    }

    /// <summary>Each statement with its parameters and its plan, as PostgreSQL runs it.</summary>
    public static async Task ExplainAsync(string connectionString, IReadOnlyList<Statement> statements, TextWriter output)
    {
        await using var dataSource = NpgsqlDataSource.Create(connectionString);
        await using var connection = await dataSource.OpenConnectionAsync();
        foreach (var statement in statements)
        {
            output.WriteLine(statement.Sql);
            foreach (var parameter in statement.Parameters)
            {
                output.WriteLine($"-- {parameter.ParameterName} = {parameter.Value}");
            }

            await using var command = statement.On(connection, "EXPLAIN (ANALYZE, BUFFERS) ");
            await using var reader = await command.ExecuteReaderAsync();
            while (await reader.ReadAsync())
            {
                output.WriteLine(reader.GetString(0));
            }

            output.WriteLine();
        }
    }

    private static JobSearchQuery Parse(NameValueCollection values) => new()
    {
        Q = values["q"],
        Role = values["role"],
        Country = values["country"],
        Workplace = values["workplace"],
        Type = values["type"],
        Level = values["level"],
        Skill = values["skill"],
        Currency = values["currency"],
        Salary = values["salary"],
        Sort = values["sort"],
        Page = values["page"],
    };

    private static async Task<List<double>> WorkAsync(NpgsqlDataSource dataSource, IReadOnlyList<Statement> statements, long stopAt)
    {
        var milliseconds = new List<double>();
        while (Stopwatch.GetTimestamp() < stopAt)
        {
            var start = Stopwatch.GetTimestamp();
            await PageAsync(dataSource, statements);
            milliseconds.Add(Stopwatch.GetElapsedTime(start).TotalMilliseconds);
        }

        return milliseconds;
    }

    /// <summary>One page: every statement in turn on a pooled connection, every row read.</summary>
    private static async Task PageAsync(NpgsqlDataSource dataSource, IReadOnlyList<Statement> statements)
    {
        await using var connection = await dataSource.OpenConnectionAsync();
        foreach (var statement in statements)
        {
            await using var command = statement.On(connection, "");
            await using var reader = await command.ExecuteReaderAsync();
            while (await reader.ReadAsync())
            {
                // Nothing to do with the values: reading them is the work EF does too.
            }
        }
    }

    private static double Percentile(List<double> sorted, double fraction) =>
        sorted.Count == 0 ? double.NaN : sorted[Math.Max(0, (int)Math.Ceiling(fraction * sorted.Count) - 1)];

    internal sealed record Statement(string Sql, IReadOnlyList<NpgsqlParameter> Parameters)
    {
        public NpgsqlCommand On(NpgsqlConnection connection, string prefix)
        {
            var command = new NpgsqlCommand(prefix + Sql, connection);
            foreach (var parameter in Parameters)
            {
                command.Parameters.Add(parameter.Clone());
            }

            return command;
        }
    }

    internal sealed record RawResult(double P50Milliseconds, double P99Milliseconds, double PerSecond);

    private sealed class StatementRecorder : DbCommandInterceptor
    {
        private readonly List<Statement> statements = [];

        public IReadOnlyList<Statement> Statements => statements;

        public override ValueTask<InterceptionResult<DbDataReader>> ReaderExecutingAsync(
            DbCommand command, CommandEventData eventData, InterceptionResult<DbDataReader> result, CancellationToken cancellationToken = default)
        {
            statements.Add(new Statement(command.CommandText, [.. command.Parameters.Cast<NpgsqlParameter>().Select(p => p.Clone())]));
            return base.ReaderExecutingAsync(command, eventData, result, cancellationToken);
        }
    }
}
