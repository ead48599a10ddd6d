using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Npgsql;
using Npgsql.EntityFrameworkCore.PostgreSQL.Infrastructure;

namespace PythonCareers.Core;

public static class DatabaseSetup
{
    private const int PreparedStatementsPerConnection = 100;

    /// <summary>The one place the provider is chosen, for the site, the tests and the EF tools alike.</summary>
    public static DbContextOptionsBuilder UseCareersDatabase(
        this DbContextOptionsBuilder options, string connectionString, Action<NpgsqlDbContextOptionsBuilder>? npgsqlOptions = null) =>
        options
            .UseNpgsql(WithPreparedStatements(connectionString), npgsql =>
            {
                npgsql.MigrationsAssembly(typeof(AppDbContext).Assembly.GetName().Name);
                npgsqlOptions?.Invoke(npgsql);
            })
            .UseSnakeCaseNamingConvention()
            .UseQueryTrackingBehavior(QueryTrackingBehavior.NoTracking)

            // Capped counts ("1,000+") take the first rows in any order on purpose.
            .ConfigureWarnings(warnings => warnings.Ignore(CoreEventId.RowLimitingOperationWithoutOrderByWarning));

    /// <summary>
    /// Lets Npgsql prepare a statement on a connection once it has run there a few times, unless the connection string
    /// sets Max Auto Prepare itself: the pages run the same few statements over and over, and a prepared one skips
    /// PostgreSQL's parsing and planning, which cost as much as running them (a role page's database time halves).
    /// </summary>
    private static string WithPreparedStatements(string connectionString)
    {
        var builder = new NpgsqlConnectionStringBuilder(connectionString);
        if (builder.MaxAutoPrepare == 0)
        {
            builder.MaxAutoPrepare = PreparedStatementsPerConnection;
        }

        return builder.ConnectionString;
    }
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
