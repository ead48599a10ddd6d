using Microsoft.EntityFrameworkCore;
using PythonCareers.Core;
using PythonCareers.Core.Content;
using PythonCareers.Web.Accounts;

namespace PythonCareers.Web.Startup;

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

        services.AddDbContextPool<AppDbContext>(options => options.UseCareersDatabase(connectionString));
        services.AddSingleton(TimeProvider.System);
        services.AddScoped<ContentSeeder>();
        services.AddHealthChecks().AddDbContextCheck<AppDbContext>(tags: ["ready"]);
        return services;
    }

    /// <summary>
    /// Applies the checked-in migrations and seeds the content when Database:MigrateOnStartup is true
    /// (scripts/run.sh and docker-compose set it).
    /// </summary>
    public static async Task PrepareDatabaseAsync(this WebApplication app)
    {
        await using var scope = app.Services.CreateAsyncScope();
        if (app.Configuration.GetValue<bool>("Database:MigrateOnStartup"))
        {
            var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
            await db.Database.MigrateAsync();
            var added = await scope.ServiceProvider.GetRequiredService<ContentSeeder>().SeedAsync();
            LogMigrated(app.Logger, added);
        }
    }

    /// <summary>Makes sure the first admin exists when Admin:Email names one.</summary>
    public static async Task EnsureFirstAdminAsync(this WebApplication app)
    {
        if (app.Configuration["Admin:Email"] is { Length: > 0 } adminEmail)
        {
            await using var scope = app.Services.CreateAsyncScope();
            await ActivatorUtilities.CreateInstance<FirstAdmin>(scope.ServiceProvider).EnsureAsync(adminEmail);
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Database migrated; seeding added {RowCount} rows")]
    private static partial void LogMigrated(ILogger logger, int rowCount);
}
