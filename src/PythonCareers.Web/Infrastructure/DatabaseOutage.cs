using System.Data.Common;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.EntityFrameworkCore.Storage;
using Npgsql;

namespace PythonCareers.Web.Infrastructure;

/// <summary>
/// Knows when the database cannot be reached. Requests that fail for that reason answer 503 with Retry-After (see
/// <see cref="WebServices"/>); the full exception is logged once, when an outage begins, and each later failure only as
/// its request's log line, until a connection opens again.
/// </summary>
public sealed partial class DatabaseOutage(ILogger<DatabaseOutage> logger) : DbConnectionInterceptor, IExceptionHandler
{
    /// <summary>How long the 503 page asks clients to wait before they try again.</summary>
    public const string RetryAfterSeconds = "30";

    private const string ConnectFailed = "PythonCareers.ConnectFailed";

    private int down;

    /// <summary>A failure that says the server is not there (or not ready), as opposed to a fault in what was asked of it.</summary>
    public static bool IsOutage(Exception exception) =>
        exception switch
        {
            PostgresException postgres => postgres.SqlState is PostgresErrorCodes.CannotConnectNow or PostgresErrorCodes.AdminShutdown
                or PostgresErrorCodes.CrashShutdown or PostgresErrorCodes.TooManyConnections,
            NpgsqlException npgsql => npgsql.IsTransient,
            RetryLimitExceededException or DbUpdateException or InvalidOperationException when exception.InnerException is { } inner => IsOutage(inner),
            _ => false,
        };

    /// <summary>
    /// The connection could not be opened (EF reported it through <see cref="ConnectionFailed"/>): nothing was sent, so
    /// running the operation again can never apply a write twice. A command that timed out or lost its connection midway is
    /// not one of these, whatever its inner exception.
    /// </summary>
    public static bool IsConnectFailure(Exception exception) => exception.Data.Contains(ConnectFailed);

    public override void ConnectionFailed(DbConnection connection, ConnectionErrorEventData eventData) => MarkConnectFailure(eventData);

    public override Task ConnectionFailedAsync(DbConnection connection, ConnectionErrorEventData eventData, CancellationToken cancellationToken = default)
    {
        MarkConnectFailure(eventData);
        return Task.CompletedTask;
    }

    public ValueTask<bool> TryHandleAsync(HttpContext httpContext, Exception exception, CancellationToken cancellationToken)
    {
        if (IsOutage(exception) && Interlocked.Exchange(ref down, 1) == 0)
        {
            LogOutageBegan(logger, exception);
        }

        // Never handled here: the exception handler goes on to render the error page.
        return ValueTask.FromResult(false);
    }

    public override void ConnectionOpened(DbConnection connection, ConnectionEndEventData eventData) => Reached();

    public override Task ConnectionOpenedAsync(DbConnection connection, ConnectionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        Reached();
        return Task.CompletedTask;
    }

    private static void MarkConnectFailure(ConnectionErrorEventData eventData)
    {
        ArgumentNullException.ThrowIfNull(eventData);
        eventData.Exception.Data[ConnectFailed] = true;
    }

    private void Reached()
    {
        if (Volatile.Read(ref down) == 1 && Interlocked.Exchange(ref down, 0) == 1)
        {
            LogOutageEnded(logger);
        }
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "The database cannot be reached: pages answer 503 until it returns (further failures are logged only as their requests)")]
    private static partial void LogOutageBegan(ILogger logger, Exception exception);

    [LoggerMessage(Level = LogLevel.Warning, Message = "The database answers again")]
    private static partial void LogOutageEnded(ILogger logger);
}

/// <summary>
/// Retries an operation only when its connection could not be opened, a few times within about two seconds, so a database
/// that restarts or fails over costs no request. Nothing else is retried: a failure after a statement was sent may have
/// applied it. Inside a transaction the site began itself the connection is already open, so no connection is opened
/// there and nothing there is retried; such transactions need no wrapping in the strategy.
/// </summary>
public sealed class ConnectRetryingExecutionStrategy(ExecutionStrategyDependencies dependencies)
    : ExecutionStrategy(dependencies, maxRetryCount: 3, maxRetryDelay: TimeSpan.FromSeconds(1))
{
    protected override bool ShouldRetryOn(Exception exception) => DatabaseOutage.IsConnectFailure(exception);

    protected override void OnFirstExecution()
    {
        if (Dependencies.CurrentContext.Context.Database.CurrentTransaction is null)
        {
            base.OnFirstExecution();
        }
        else
        {
            ExceptionsEncountered.Clear();
        }
    }
}
