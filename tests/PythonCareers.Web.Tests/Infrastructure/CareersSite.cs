using AngleSharp.Html.Dom;
using AngleSharp.Html.Parser;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Npgsql;
using PythonCareers.Core;
using PythonCareers.Core.Content;
using PythonCareers.Tests;
using Respawn;
using Respawn.Graph;

namespace PythonCareers.Web.Tests.Infrastructure;

/// <summary>The whole site over its own real PostgreSQL database, built by the migrations; reset to the seed content before each test.</summary>
public sealed class CareersSite : WebApplicationFactory<Program>, IAsyncLifetime
{
    private Respawner? respawner;

    public string ConnectionString { get; } = TestDatabase.ConnectionString("web_tests");

    public AppDbContext CreateContext() => TestDatabase.CreateContext(ConnectionString);

    public async Task InitializeAsync()
    {
        await TestDatabase.RecreateAndMigrateAsync(ConnectionString);
        await using var connection = new NpgsqlConnection(ConnectionString);
        await connection.OpenAsync();
        respawner = await Respawner.CreateAsync(connection, new RespawnerOptions
        {
            DbAdapter = DbAdapter.Postgres,
            SchemasToInclude = ["public"],
            TablesToIgnore = [new Table("__EFMigrationsHistory")],
        });
    }

    /// <summary>Empties every table and loads the seed content again, so no test sees another's leftovers.</summary>
    public async Task ResetAsync()
    {
        await using (var connection = new NpgsqlConnection(ConnectionString))
        {
            await connection.OpenAsync();
            await respawner!.ResetAsync(connection);
        }

        await using var db = CreateContext();
        await new ContentSeeder(db, TimeProvider.System).SeedAsync();
    }

    public async Task<(HttpResponseMessage Response, IHtmlDocument Page)> GetPageAsync(string path)
    {
        using var client = CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        var response = await client.GetAsync(new Uri(path, UriKind.Relative));
        var html = await response.Content.ReadAsStringAsync();
        return (response, new HtmlParser().ParseDocument(html));
    }

    public new Task DisposeAsync() => base.DisposeAsync().AsTask();

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Production");
        builder.UseSetting("ConnectionStrings:Default", ConnectionString);
        builder.UseSetting("Database:MigrateOnStartup", "false");
        builder.UseSetting("Serilog:MinimumLevel:Default", "Warning");
    }
}

[CollectionDefinition(Name)]
public sealed class SiteTestGroup : ICollectionFixture<CareersSite>
{
    public const string Name = "site";
}

/// <summary>Base for tests of the running site: the database holds exactly the seed content when each test starts.</summary>
[Collection(SiteTestGroup.Name)]
public abstract class SiteTest(CareersSite site) : IAsyncLifetime
{
    protected CareersSite Site { get; } = site;

    public Task InitializeAsync() => Site.ResetAsync();

    public Task DisposeAsync() => Task.CompletedTask;

    protected Task<(HttpResponseMessage Response, IHtmlDocument Page)> GetPageAsync(string path) => Site.GetPageAsync(path);
}
