using System.Net;
using System.Text.Json;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Npgsql;
using PythonCareers.Web.Tests.Infrastructure;

namespace PythonCareers.Web.Tests.Operations;

public sealed class HealthTests(CareersSite site) : SiteTest(site)
{
    [Fact]
    public async Task Liveness_reports_healthy_without_asking_anything()
    {
        using var client = Site.CreateClient();

        var response = await client.GetAsync(new Uri("/health/live", UriKind.Relative));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("Healthy", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Readiness_names_postgresql_healthy()
    {
        var (status, body) = await ReadinessAsync(Site);

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Equal("""{"status":"Healthy","checks":{"postgresql":"Healthy"}}""", body);
    }

    /// <summary>The replica here is the primary's own database: the check asks only whether it answers.</summary>
    [Fact]
    public async Task Reachable_redis_and_replica_are_checked_and_healthy()
    {
        await using var redis = await RedisServer.StartNewAsync();
        await using var site = Site.WithWebHostBuilder(builder => builder
            .UseSetting("ConnectionStrings:Redis", redis.Configuration)
            .UseSetting("ConnectionStrings:ReadReplica", Site.ConnectionString));

        var (status, body) = await ReadinessAsync(site);

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Equal("""{"status":"Healthy","checks":{"postgresql":"Healthy","redis":"Healthy","replica":"Healthy"}}""", body);
    }

    /// <summary>
    /// The site serves without Redis or the replica, so losing them must not take the instance out of rotation: Degraded,
    /// still 200, and the body says which parts are down but not why.
    /// </summary>
    [Fact]
    public async Task Unreachable_redis_and_replica_leave_the_instance_degraded_but_ready()
    {
        // A port nothing listens on: each connection to it is refused at once.
        var closed = LoopbackPorts.Free();
        var replica = new NpgsqlConnectionStringBuilder(Site.ConnectionString) { Host = "127.0.0.1", Port = closed }.ConnectionString;
        await using var site = Site.WithWebHostBuilder(builder => builder
            .UseSetting("ConnectionStrings:Redis", $"127.0.0.1:{closed}")
            .UseSetting("ConnectionStrings:ReadReplica", replica));

        var (status, body) = await ReadinessAsync(site);

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Equal("""{"status":"Degraded","checks":{"postgresql":"Healthy","redis":"Degraded","replica":"Degraded"}}""", body);
    }

    /// <summary>Without PostgreSQL nothing can be served: 503, so the proxy sends visitors to another instance.</summary>
    [Fact]
    public async Task An_unreachable_primary_makes_the_instance_unready()
    {
        var primary = new NpgsqlConnectionStringBuilder(Site.ConnectionString) { Host = "127.0.0.1", Port = LoopbackPorts.Free() }.ConnectionString;
        await using var site = Site.WithWebHostBuilder(builder => builder.UseSetting("ConnectionStrings:Default", primary));

        var (status, body) = await ReadinessAsync(site);

        Assert.Equal(HttpStatusCode.ServiceUnavailable, status);
        Assert.Equal("""{"status":"Unhealthy","checks":{"postgresql":"Unhealthy"}}""", body);
    }

    private static async Task<(HttpStatusCode Status, string Body)> ReadinessAsync(WebApplicationFactory<Program> site)
    {
        using var client = site.CreateClient();
        var response = await client.GetAsync(new Uri("/health/ready", UriKind.Relative));
        Assert.Equal("application/json", response.Content.Headers.ContentType?.MediaType);
        return (response.StatusCode, JsonSerializer.Serialize(JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement));
    }
}
