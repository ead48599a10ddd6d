using Microsoft.Extensions.Options;
using PythonCareers.Core;
using PythonCareers.Core.Jobs;
using PythonCareers.Core.Mail;
using PythonCareers.Web.Features.Renewals;
using PythonCareers.Web.Infrastructure;

namespace PythonCareers.Web.Features.Jobs;

/// <summary>
/// Closes postings past their closing date and reminds recruiters of those closing soon, every few minutes. Safe to run
/// in every instance of the site.
/// </summary>
public sealed partial class PostingExpiryService(
    IServiceScopeFactory scopes, PublicPageEviction eviction, RenewalLinks renewals, TimeProvider clock, IOptions<JobsOptions> options, ILogger<PostingExpiryService> logger)
    : RecurringService(clock, logger)
{
    protected override TimeSpan Interval => TimeSpan.FromSeconds(options.Value.ExpiryIntervalSeconds);

    /// <summary>
    /// One run: closes the postings past their closing date and evicts the public pages that showed them, then queues a
    /// reminder with a renew link for each posting closing within three days, once for each closing time.
    /// </summary>
    public override async Task RunOnceAsync(CancellationToken cancellationToken)
    {
        await using (var scope = scopes.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
            var expired = await PostingExpiry.ExpireDueAsync(db, Clock.GetUtcNow().UtcDateTime, cancellationToken);
            if (expired > 0)
            {
                // An UPDATE without the change tracker, which the eviction interceptor never sees.
                await eviction.EvictAsync([PublicPages.PostingsTag], cancellationToken);
                LogExpired(logger, expired);
            }
        }

        while (await RemindAsync(cancellationToken) == ReminderBatch)
        {
        }
    }

    /// <summary>A batch of reminders, each queued in the transaction that records it was sent.</summary>
    private async Task<int> RemindAsync(CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        var outbox = scope.ServiceProvider.GetRequiredService<MailOutbox>();
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var closing = await PostingExpiry.ClaimRemindersAsync(db, Clock.GetUtcNow().UtcDateTime, ReminderBatch, cancellationToken);
        foreach (var posting in closing)
        {
            outbox.Queue(
                posting.Recruiter.Email!,
                $"Closes on {posting.ExpiresAt:yyyy-MM-dd}: {posting.Title}",
                $"Your posting \"{posting.Title}\" closes on {posting.ExpiresAt:yyyy-MM-dd HH:mm} UTC. To keep it open for another term, renew it here:\n\n{renewals.For(posting)}\n\nIf the job is filled, you need do nothing: the posting closes on its own.\n");
            posting.Reminded();
        }

        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return closing.Count;
    }

    private const int ReminderBatch = 100;

    [LoggerMessage(Level = LogLevel.Information, Message = "Expired {Count} postings past their closing date")]
    private static partial void LogExpired(ILogger logger, int count);

}
