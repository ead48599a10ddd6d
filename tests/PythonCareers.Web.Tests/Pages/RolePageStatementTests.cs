using System.Net;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;
using PythonCareers.Web.Tests.Infrastructure;
using PythonCareers.Web.Tests.Jobs;
using Serilog.Core;

namespace PythonCareers.Web.Tests.Pages;

/// <summary>The site with the output cache off and every SQL statement EF Core runs logged, to count them per page.</summary>
public sealed class StatementLoggingSite : CareersSite
{
    public StatementLoggingSite()
        : base("web_statements")
    {
    }

    public LogCapture Log { get; } = new();

    protected override IReadOnlyDictionary<string, string> Settings { get; } = new Dictionary<string, string>
    {
        ["PublicPages:CacheSeconds"] = "0",
        ["Serilog:MinimumLevel:Override:Microsoft.EntityFrameworkCore.Database.Command"] = "Information",
    };

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.ConfigureServices(services => services.AddSingleton<ILogEventSink>(Log));
    }

    /// <summary>The SQL of the statements EF Core ran to answer <paramref name="path"/> (not the background services' meanwhile).</summary>
    public async Task<List<string>> StatementsOfAsync(string path)
    {
        var before = Log.Events.Count;
        var (response, _) = await GetPageAsync(path);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return [.. Log.Events.Skip(before)
            .Where(e => e.Properties.TryGetValue("EventId", out var id) && id.ToString().Contains("20101", StringComparison.Ordinal))
            .Where(e => e.Properties.TryGetValue("RequestPath", out var logged) && logged.ToString() == $"\"{path}\"")
            .Select(e => e.Properties["commandText"].ToString())];
    }
}

public sealed class RolePageStatementTests(StatementLoggingSite site) : IClassFixture<StatementLoggingSite>, IAsyncLifetime
{
    public Task InitializeAsync() => site.ResetAsync();

    public Task DisposeAsync() => Task.CompletedTask;

    [Fact]
    public async Task A_role_page_rendered_afresh_runs_three_statements_with_or_without_open_postings()
    {
        var without = await site.StatementsOfAsync("/roles/data-scientist");
        await new JobBoard(site).PostAsync("Data Scientist", role: "data-scientist");

        var with = await site.StatementsOfAsync("/roles/data-scientist");

        Assert.True(without.Count == 3, string.Join("\n---\n", without));
        Assert.True(with.Count == 3, string.Join("\n---\n", with));
    }

    [Fact]
    public async Task A_comparison_of_two_roles_rendered_afresh_runs_four_statements()
    {
        await new JobBoard(site).PostAsync("Data Scientist", role: "data-scientist");

        var statements = await site.StatementsOfAsync("/roles/compare/data-scientist/machine-learning-engineer");

        // The published roles, one UNION of both roles' lists, and the posted-salary index of each role.
        Assert.True(statements.Count == 4, string.Join("\n---\n", statements));
    }
}
