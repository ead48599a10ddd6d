using Microsoft.AspNetCore.Diagnostics;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.EntityFrameworkCore.Storage;
using Polly;
using Polly.Retry;
using PythonCareers.Core;
using PythonCareers.Core.Content;
using PythonCareers.Web.Features.Accounts;

namespace PythonCareers.Web.Infrastructure;

public static partial class DatabaseServices
{
    public static IServiceCollection AddCareersDatabase(this IServiceCollection services, IConfiguration configuration)
    {
        var connectionString = configuration.GetConnectionString("Default");
        if (string.IsNullOrWhiteSpace(connectionString))
        {
            throw new InvalidOperationException(
                "ConnectionStrings:Default is not set. Start the site with scripts/run.sh, or set ConnectionStrings__Default.");
        }

        services.AddSingleton<DatabaseOutage>();
        services.AddSingleton<IExceptionHandler>(provider => provider.GetRequiredService<DatabaseOutage>());
        services.AddPooledDbContextFactory<AppDbContext>((provider, options) => options
            .UseCareersSite(provider, connectionString, dependencies => new ConnectRetryingExecutionStrategy(dependencies)));
        services.AddReadReplica(connectionString, configuration.GetConnectionString("ReadReplica"));
        services.AddHealthChecks().AddDbContextCheck<AppDbContext>("postgresql", tags: [Readiness.Tag]).AddOptionalStores(configuration);
        return services;
    }

    /// <summary>The options of every pool of <see cref="AppDbContext"/>: the primary's and the read replica's.</summary>
    internal static DbContextOptionsBuilder UseCareersSite(
        this DbContextOptionsBuilder options, IServiceProvider provider, string connectionString, Func<ExecutionStrategyDependencies, IExecutionStrategy> strategy) =>
        options
            .UseCareersDatabase(connectionString, npgsql => npgsql.ExecutionStrategy(strategy))
            .AddInterceptors(provider.GetRequiredService<DatabaseOutage>(), provider.GetRequiredService<PublicPageEviction>())

            // A failed request is logged once, by the request log and the exception handler: EF's own error entries, each
            // with the whole stack, would repeat it three times over.
            .ConfigureWarnings(warnings => warnings.Log(
                (RelationalEventId.CommandError, LogLevel.Debug),
                (RelationalEventId.ConnectionError, LogLevel.Debug),
                (CoreEventId.QueryIterationFailed, LogLevel.Debug),
                (CoreEventId.SaveChangesFailed, LogLevel.Debug)));

    /// <summary>
    /// Applies the checked-in migrations and seeds the content when Database:MigrateOnStartup is true
    /// (scripts/run.sh and docker-compose set it), waiting for the database while it cannot be reached.
    /// </summary>
    public static async Task PrepareDatabaseAsync(this WebApplication app)
    {
        if (app.Configuration.GetValue<bool>("Database:MigrateOnStartup"))
        {
            await app.MigrateAsync();
        }
    }

    /// <summary>
    /// Applies the migrations and seeds an empty database, waiting for it to be reachable. What <c>migrate</c> on the
    /// command line runs and then exits: a deployment runs it once before starting its instances.
    /// </summary>
    public static Task MigrateAsync(this WebApplication app) =>
        app.WhenReachableAsync(async (services, cancellationToken) =>
        {
            await services.GetRequiredService<AppDbContext>().Database.MigrateAsync(cancellationToken);
            var added = await services.GetRequiredService<ContentSeeder>().SeedAsync(cancellationToken);
            LogMigrated(app.Logger, added);
            if (SampleBoardSetting.FillsEmptyBoard(app.Environment, app.Configuration))
            {
                var samples = await services.GetRequiredService<SampleBoard>().FillIfEmptyAsync(cancellationToken);
                LogSamples(app.Logger, samples);
            }
        });

    /// <summary>Makes sure the first admin exists when Admin:Email names one, waiting for the database the same way.</summary>
    public static async Task EnsureFirstAdminAsync(this WebApplication app)
    {
        if (app.Configuration["Admin:Email"] is { Length: > 0 } adminEmail)
        {
            await app.WhenReachableAsync((services, _) => ActivatorUtilities.CreateInstance<FirstAdmin>(services).EnsureAsync(adminEmail));
        }
    }

    /// <summary>
    /// Runs a start-up step in a scope of its own; while the database cannot be reached it waits and tries again (1 s,
    /// doubling up to 30 s between tries), so a site started before its database comes up once the database does.
    /// </summary>
    private static async Task WhenReachableAsync(this WebApplication app, Func<IServiceProvider, CancellationToken, Task> step)
    {
        var waiting = new ResiliencePipelineBuilder().AddRetry(new RetryStrategyOptions
        {
            ShouldHandle = new PredicateBuilder().Handle<Exception>(DatabaseOutage.IsOutage),
            MaxRetryAttempts = int.MaxValue,
            BackoffType = DelayBackoffType.Exponential,
            Delay = TimeSpan.FromSeconds(1),
            MaxDelay = TimeSpan.FromSeconds(30),
            UseJitter = true,
            OnRetry = retry =>
            {
                LogWaiting(app.Logger, retry.RetryDelay.TotalSeconds, retry.Outcome.Exception?.Message);
                return ValueTask.CompletedTask;
            },
        }).Build();

        await waiting.ExecuteAsync(
            async cancellationToken =>
            {
                await using var scope = app.Services.CreateAsyncScope();
                await step(scope.ServiceProvider, cancellationToken);
            },
            app.Lifetime.ApplicationStopping);
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Database migrated; seeding added {RowCount} rows")]
    private static partial void LogMigrated(ILogger logger, int rowCount);

    [LoggerMessage(Level = LogLevel.Information, Message = "The sample board added {PostingCount} sample postings (Samples:FillEmptyBoard)")]
    private static partial void LogSamples(ILogger logger, int postingCount);

    [LoggerMessage(Level = LogLevel.Warning, Message = "The database cannot be reached yet ({Reason}); trying again in {Seconds:0.0} s")]
    private static partial void LogWaiting(ILogger logger, double seconds, string? reason);
}
