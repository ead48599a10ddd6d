using Microsoft.Extensions.Options;
using Npgsql;
using PythonCareers.Core;
using PythonCareers.Core.Mail;

namespace PythonCareers.Web.Infrastructure;

/// <summary>
/// Delivers the outbox, in every instance of the site. It listens on <see cref="MailOutbox.Channel"/>, which PostgreSQL
/// notifies when a transaction that queued mail commits, and looks again every Email:OutboxPollSeconds for mail due for
/// another try. Each mail is claimed in a transaction of its own (FOR UPDATE SKIP LOCKED), sent, and marked sent or
/// failed before that transaction commits: two senders never send the same mail, and a sender that dies mid-send leaves
/// its mail to the next one.
/// </summary>
public sealed partial class OutboxSender(
    IServiceScopeFactory scopes, IMailer mailer, IOptions<EmailOptions> options, IConfiguration configuration, TimeProvider clock, ILogger<OutboxSender> logger)
    : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var poll = TimeSpan.FromSeconds(options.Value.OutboxPollSeconds);
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                await using var listener = new NpgsqlConnection(configuration.GetConnectionString("Default"));
                await listener.OpenAsync(stoppingToken);
                await using (var listen = new NpgsqlCommand($"LISTEN {MailOutbox.Channel}", listener))
                {
                    await listen.ExecuteNonQueryAsync(stoppingToken);
                }

                while (true)
                {
                    await DeliverDueAsync(stoppingToken);
                    await listener.WaitAsync(poll, stoppingToken);
                }
            }
            catch (Exception exception) when (exception is not OperationCanceledException)
            {
                // Mail stays queued; listen again shortly. An outage's exception is logged once, by the request that meets
                // it first (DatabaseOutage): the sender only says that it waits.
                if (DatabaseOutage.IsOutage(exception))
                {
                    LogWaiting(logger, exception.Message);
                }
                else
                {
                    LogFailed(logger, exception);
                }

                await Task.Delay(poll, clock, stoppingToken);
            }
        }
    }

    /// <summary>Sends every mail that is due now, one at a time, until none is left.</summary>
    public async Task DeliverDueAsync(CancellationToken cancellationToken)
    {
        while (await DeliverOneAsync(cancellationToken))
        {
        }
    }

    private async Task<bool> DeliverOneAsync(CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var mail = await scope.ServiceProvider.GetRequiredService<MailOutbox>().ClaimDueAsync(cancellationToken);
        if (mail is null)
        {
            return false;
        }

        var settings = options.Value;
        try
        {
            await mailer.SendAsync(mail, cancellationToken);
            mail.Delivered(clock.GetUtcNow().UtcDateTime);
        }
        catch (Exception exception) when (exception is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            mail.Failed(exception.Message, clock.GetUtcNow().UtcDateTime, TimeSpan.FromSeconds(settings.RetryPauseSeconds), TimeSpan.FromMinutes(settings.LongestPauseMinutes), settings.MaxAttempts);
            LogNotSent(logger, mail.Id, mail.Attempts, mail.GaveUpAt is not null, exception);
        }

        // A mail the server took is recorded as sent even while the site is stopping, or the next sender would send it again.
        await db.SaveChangesAsync(CancellationToken.None);
        await transaction.CommitAsync(CancellationToken.None);
        return true;
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "The outbox sender cannot reach the database ({Reason}); it listens again shortly")]
    private static partial void LogWaiting(ILogger logger, string reason);

    [LoggerMessage(Level = LogLevel.Error, Message = "The outbox sender failed; it starts again shortly")]
    private static partial void LogFailed(ILogger logger, Exception exception);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Mail {MailId} was not sent (attempt {Attempts}, given up: {GaveUp})")]
    private static partial void LogNotSent(ILogger logger, long mailId, int attempts, bool gaveUp, Exception exception);
}
