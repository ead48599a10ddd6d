using System.Collections.Concurrent;
using System.Diagnostics;
using System.Net;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;

namespace PythonCareers.Benchmarks;

/// <summary>
/// The SQL statements a page of the site runs, recorded from EF Core while the site itself (hosted in this process, over the
/// benchmark database, with its output cache off) renders the page, then replayed through plain Npgsql with their
/// parameters. Recording rather than copying keeps the baseline in step with the site's queries as they change, for any page.
/// </summary>
internal static class PageStatements
{
    /// <summary>
    /// The statements each path runs when the site renders it for the second time: the first rendering also fills the
    /// site's own in-memory caches, which later requests do not query again.
    /// </summary>
    public static async Task<IReadOnlyDictionary<string, IReadOnlyList<Statement>>> RecordAsync(string connectionString, Uri origin, IReadOnlyList<string> paths)
    {
        await using var site = new RecordingSite(connectionString, origin);
        using var client = site.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, BaseAddress = origin });
        using var recorder = new StatementRecorder(site.Services.GetRequiredService<IHttpContextAccessor>());
        var pages = new Dictionary<string, IReadOnlyList<Statement>>(StringComparer.Ordinal);
        foreach (var path in paths)
        {
            using (var first = await client.GetAsync(new Uri(path, UriKind.Relative)))
            {
                if (first.StatusCode != HttpStatusCode.OK)
                {
                    throw new InvalidOperationException($"{path} answered {(int)first.StatusCode}: it cannot be a benchmark's page.");
                }
            }

            recorder.Clear();
            using var second = await client.GetAsync(new Uri(path, UriKind.Relative));
            second.EnsureSuccessStatusCode();
            pages[path] = recorder.Statements;
        }

        return pages;
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
                output.WriteLine($"-- {parameter.ParameterName} = {Describe(parameter.Value)}");
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

    private static string? Describe(object? value) => value is System.Collections.IEnumerable items and not string
        ? "{" + string.Join(", ", items.Cast<object?>()) + "}"
        : Convert.ToString(value, System.Globalization.CultureInfo.InvariantCulture);

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

    /// <summary>
    /// The site as deployed, hosted in this process with its output cache off, so that every request runs its queries; its
    /// background services find nothing due in the benchmark database (and are not recorded: they run outside any request).
    /// </summary>
    private sealed class RecordingSite(string connectionString, Uri origin) : WebApplicationFactory<Program>
    {
        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            builder.UseSolutionRelativeContentRoot("src/PythonCareers.Web");
            builder.UseEnvironment("Production");
            builder.UseSetting("ConnectionStrings:Default", connectionString);
            builder.UseSetting("Site:PublicOrigin", origin.ToString());
            builder.UseSetting("PublicPages:CacheSeconds", "0");
            builder.UseSetting("RateLimits:ApiPerMinute", "1000000");
            builder.UseSetting("Serilog:MinimumLevel:Default", "Warning");
            builder.UseSetting("Email:PickupDirectory", Path.Combine(Path.GetTempPath(), "pythoncareers-bench-recording-mail"));
            builder.ConfigureTestServices(services => services.AddHttpContextAccessor());
        }
    }

    /// <summary>
    /// Every command EF Core sends while a request is being answered, from EF Core's diagnostic events: the site's own
    /// interceptors stay as they are, and statements of its background services (outside any request) are left out.
    /// </summary>
    private sealed class StatementRecorder : IObserver<DiagnosticListener>, IObserver<KeyValuePair<string, object?>>, IDisposable
    {
        private readonly IHttpContextAccessor requests;
        private readonly IDisposable listeners;
        private readonly ConcurrentBag<IDisposable> subscriptions = [];
        private readonly List<Statement> statements = [];

        public StatementRecorder(IHttpContextAccessor requests)
        {
            this.requests = requests;
            listeners = DiagnosticListener.AllListeners.Subscribe(this);
        }

        public IReadOnlyList<Statement> Statements
        {
            get
            {
                lock (statements)
                {
                    return [.. statements];
                }
            }
        }

        public void Clear()
        {
            lock (statements)
            {
                statements.Clear();
            }
        }

        public void OnNext(DiagnosticListener value)
        {
            if (value.Name == DbLoggerCategory.Name)
            {
                subscriptions.Add(value.Subscribe(this));
            }
        }

        public void OnNext(KeyValuePair<string, object?> value)
        {
            if (value.Key == RelationalEventId.CommandExecuting.Name && value.Value is CommandEventData data && requests.HttpContext is not null)
            {
                var statement = new Statement(data.Command.CommandText, [.. data.Command.Parameters.Cast<NpgsqlParameter>().Select(p => p.Clone())]);
                lock (statements)
                {
                    statements.Add(statement);
                }
            }
        }

        public void OnCompleted()
        {
        }

        public void OnError(Exception error)
        {
        }

        public void Dispose()
        {
            listeners.Dispose();
            foreach (var subscription in subscriptions)
            {
                subscription.Dispose();
            }
        }
    }
}
