using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Npgsql.EntityFrameworkCore.PostgreSQL.Infrastructure;

namespace PythonCareers.Core;

public static class DatabaseSetup
{
    /// <summary>The one place the provider is chosen, for the site, the tests and the EF tools alike.</summary>
    public static DbContextOptionsBuilder UseCareersDatabase(
        this DbContextOptionsBuilder options, string connectionString, Action<NpgsqlDbContextOptionsBuilder>? npgsqlOptions = null) =>
        options
            .UseNpgsql(connectionString, npgsql =>
            {
                npgsql.MigrationsAssembly(typeof(AppDbContext).Assembly.GetName().Name);
                npgsqlOptions?.Invoke(npgsql);
            })
            .UseSnakeCaseNamingConvention()
            .UseQueryTrackingBehavior(QueryTrackingBehavior.NoTracking)

            // Capped counts ("1,000+") take the first rows in any order on purpose.
            .ConfigureWarnings(warnings => warnings.Ignore(CoreEventId.RowLimitingOperationWithoutOrderByWarning));
}

/// <summary>Lets `dotnet ef migrations add` build the model without a running database.</summary>
internal sealed class DesignTimeAppDbContextFactory : IDesignTimeDbContextFactory<AppDbContext>
{
    public AppDbContext CreateDbContext(string[] args)
    {
        var options = new DbContextOptionsBuilder<AppDbContext>();
        options.UseCareersDatabase("Host=localhost;Database=pythoncareers");
        return new AppDbContext(options.Options);
    }
}
