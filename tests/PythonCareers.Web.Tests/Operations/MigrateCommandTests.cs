using System.Diagnostics;
using Microsoft.EntityFrameworkCore;
using PythonCareers.Tests;

namespace PythonCareers.Web.Tests.Operations;

/// <summary>`PythonCareers.Web migrate`, a deployment's one-shot step: the schema and the seed, then exit, as often as it runs.</summary>
public sealed class MigrateCommandTests
{
    private readonly string connectionString = TestDatabase.ConnectionString("web_migrate");

    [Fact]
    public async Task Migrate_builds_an_empty_database_seeds_it_once_and_exits()
    {
        await TestDatabase.RecreateAsync(connectionString);

        await MigrateAsync();
        var (migrations, roles) = await CountsAsync();
        await MigrateAsync();

        await using var db = TestDatabase.CreateContext(connectionString);
        Assert.Equal(db.Database.GetMigrations().Count(), migrations);
        Assert.True(roles > 0);
        Assert.Equal((migrations, roles), await CountsAsync());
        Assert.Empty(await db.Database.GetPendingMigrationsAsync());
    }

    private async Task<(int Migrations, int Roles)> CountsAsync()
    {
        await using var db = TestDatabase.CreateContext(connectionString);
        return ((await db.Database.GetAppliedMigrationsAsync()).Count(), await db.RoleProfiles.CountAsync());
    }

    /// <summary>Runs the site's own build with the one argument, as the deployment does; it must exit, and with 0.</summary>
    private async Task MigrateAsync()
    {
        var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true };
        start.ArgumentList.Add(typeof(Program).Assembly.Location);
        start.ArgumentList.Add("migrate");
        start.Environment["ConnectionStrings__Default"] = connectionString;
        start.Environment["Serilog__MinimumLevel__Default"] = "Warning";
        using var process = Process.Start(start)!;
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(2));
        var output = process.StandardOutput.ReadToEndAsync(timeout.Token);
        var errors = process.StandardError.ReadToEndAsync(timeout.Token);
        await process.WaitForExitAsync(timeout.Token);
        Assert.True(process.ExitCode == 0, await output + await errors);
    }
}
