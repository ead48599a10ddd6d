using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Npgsql;
using Npgsql.EntityFrameworkCore.PostgreSQL;
using PythonCareers.Core;

namespace PythonCareers.Web.Infrastructure;

/// <summary>
/// The optional read replica (ConnectionStrings:ReadReplica, a PostgreSQL hot standby). Every request reads and writes
/// through the primary's pool, except an anonymous GET or HEAD of an endpoint marked <see cref="ReadsFromReplicaAttribute"/>,
/// which <see cref="UseReadReplica"/> moves to the replica's pool before anything of the request reads. The replica's
/// connections name the replica first and the primary second, and prefer a standby: while the replica is down, Npgsql
/// opens them on the primary, and it tries the replica again every Host Recheck Seconds (10 by default).
/// </summary>
public static class ReadReplica
{
    private const string ReplicaKey = "ReadReplica";

    /// <summary>
    /// Registers <see cref="AppDbContext"/> per request, from the primary's pool or, when a replica is configured and the
    /// request was chosen for it, from the replica's.
    /// </summary>
    public static IServiceCollection AddReadReplica(this IServiceCollection services, string primary, string? replica)
    {
        services.AddScoped<DatabaseChoice>();
        if (string.IsNullOrWhiteSpace(replica))
        {
            services.AddScoped(provider => provider.GetRequiredService<IDbContextFactory<AppDbContext>>().CreateDbContext());
            return services;
        }

        var reads = ReadConnectionString(replica, primary);
        services.AddKeyedSingleton<IDbContextFactory<AppDbContext>>(ReplicaKey, (provider, _) =>
        {
            // Retrying any transient failure is safe here, unlike on the primary's pool: these sessions cannot write. It is
            // what carries a read over to the primary when the replica stops under it.
            var options = new DbContextOptionsBuilder<AppDbContext>().UseApplicationServiceProvider(provider);
            options.UseCareersSite(provider, reads, dependencies => new NpgsqlRetryingExecutionStrategy(
                dependencies, maxRetryCount: 3, maxRetryDelay: TimeSpan.FromSeconds(1), errorCodesToAdd: null));
            return new PooledDbContextFactory<AppDbContext>(options.Options);
        });

        // The scope disposes the context, which returns it to its pool.
        services.AddScoped(provider => provider.GetRequiredService<DatabaseChoice>().Replica
            ? provider.GetRequiredKeyedService<IDbContextFactory<AppDbContext>>(ReplicaKey).CreateDbContext()
            : provider.GetRequiredService<IDbContextFactory<AppDbContext>>().CreateDbContext());
        return services;
    }

    /// <summary>
    /// The replica's hosts, then the primary's, each with its port, preferring a standby; every session read-only, so a
    /// request served by the primary in the replica's stead cannot write either, and retrying a failed read is always safe.
    /// </summary>
    public static string ReadConnectionString(string replica, string primary)
    {
        var reads = new NpgsqlConnectionStringBuilder(replica);
        reads.Host = string.Join(',', HostsWithPorts(reads).Concat(HostsWithPorts(new NpgsqlConnectionStringBuilder(primary))));
        reads.TargetSessionAttributes = "prefer-standby";
        reads.Options = $"{reads.Options} -c default_transaction_read_only=on".TrimStart();
        return reads.ConnectionString;
    }

    /// <summary>
    /// Chooses the replica for an anonymous GET or HEAD of a marked endpoint. It runs after authentication, so a signed-in
    /// visitor is known by then; whatever resolved the request's <see cref="AppDbContext"/> before it got the primary's.
    /// </summary>
    public static IApplicationBuilder UseReadReplica(this IApplicationBuilder app) =>
        app.Use((context, next) =>
        {
            if ((HttpMethods.IsGet(context.Request.Method) || HttpMethods.IsHead(context.Request.Method))
                && context.User.Identity?.IsAuthenticated != true
                && context.GetEndpoint()?.Metadata.GetMetadata<ReadsFromReplicaAttribute>() is not null)
            {
                context.RequestServices.GetRequiredService<DatabaseChoice>().ReadFromReplica();
            }

            return next(context);
        });

    /// <summary>Each host of a connection string with its port: Npgsql gives a host without one the string's Port.</summary>
    private static IEnumerable<string> HostsWithPorts(NpgsqlConnectionStringBuilder builder) =>
        (builder.Host ?? throw new InvalidOperationException("A connection string for the read replica names no Host."))
            .Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries)
            .Select(host => HasPort(host) ? host : $"{host}:{builder.Port}");

    /// <summary>Whether a host ends in its own port, as "db:5433" and "/var/run/postgresql:5433" do (IPv6 literals are not supported here).</summary>
    private static bool HasPort(string host)
    {
        var colon = host.IndexOf(':', StringComparison.Ordinal);
        return colon > 0 && colon == host.LastIndexOf(':') && colon < host.Length - 1 && host[(colon + 1)..].All(char.IsAsciiDigit);
    }
}

/// <summary>Whether the current request reads from the replica; <see cref="ReadReplica.UseReadReplica"/> decides, before the request's first read.</summary>
public sealed class DatabaseChoice
{
    public bool Replica { get; private set; }

    public void ReadFromReplica() => Replica = true;
}
