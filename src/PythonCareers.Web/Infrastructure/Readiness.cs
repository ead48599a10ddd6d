using Microsoft.AspNetCore.Diagnostics.HealthChecks;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace PythonCareers.Web.Infrastructure;

/// <summary>
/// What /health/ready checks: PostgreSQL always, and Redis and the read replica when their connection strings are set. The
/// site serves without Redis or the replica (it falls back to memory and to the primary), so losing one makes an instance
/// Degraded, still 200 and still in rotation: a Redis outage taking every instance out at once would turn a slower site
/// into no site. Only PostgreSQL, without which nothing can be served, makes it Unhealthy (503).
/// </summary>
public static class Readiness
{
    public const string Tag = "ready";

    /// <summary>How long a check may take; a store that does not answer by then counts as down, so a probe never hangs.</summary>
    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(3);

    public static IHealthChecksBuilder AddOptionalStores(this IHealthChecksBuilder checks, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(checks);
        if (configuration.GetConnectionString("Redis") is { Length: > 0 } redis)
        {
            checks.AddRedis(redis, name: "redis", failureStatus: HealthStatus.Degraded, tags: [Tag], timeout: Timeout);
        }

        if (configuration.GetConnectionString("ReadReplica") is { Length: > 0 } replica)
        {
            checks.AddNpgSql(replica, name: "replica", failureStatus: HealthStatus.Degraded, tags: [Tag], timeout: Timeout);
        }

        return checks;
    }

    public static HealthCheckOptions Options { get; } = new()
    {
        Predicate = check => check.Tags.Contains(Tag),
        ResponseWriter = WriteAsync,
    };

    /// <summary>The overall status and each part's, by name: enough to see which part failed, never why (no exception text).</summary>
    private static Task WriteAsync(HttpContext context, HealthReport report) =>
        context.Response.WriteAsJsonAsync(new
        {
            status = report.Status.ToString(),
            checks = report.Entries.ToDictionary(entry => entry.Key, entry => entry.Value.Status.ToString(), StringComparer.Ordinal),
        });
}
