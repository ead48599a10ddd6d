using System.Globalization;
using System.Text;
using Microsoft.Extensions.Options;
using PythonCareers.Core;
using PythonCareers.Core.Alerts;
using PythonCareers.Core.Common;
using PythonCareers.Core.Jobs;
using PythonCareers.Core.Jobs.Search;
using PythonCareers.Core.Mail;
using PythonCareers.Web.Features.Jobs;
using PythonCareers.Web.Infrastructure;

namespace PythonCareers.Web.Features.Alerts;

/// <summary>
/// Makes the digests that are due, in every instance of the site: a batch of alerts at a time is claimed with FOR UPDATE
/// SKIP LOCKED, and each alert's digest mail and its new cut-off are stored in that one transaction, so a digest is
/// queued once however many instances run. Also forgets alerts left unconfirmed.
/// </summary>
public sealed partial class AlertDigestService(
    IServiceScopeFactory scopes, AlertLinks links, LinkGenerator paths, IOptions<SiteOptions> site, IOptions<AlertOptions> options, TimeProvider clock, ILogger<AlertDigestService> logger)
    : RecurringService(clock, logger)
{
    /// <summary>The most postings one digest lists; the mail links to the search for the rest.</summary>
    public const int MaxPostings = 30;

    private const int Batch = 100;

    protected override TimeSpan Interval => TimeSpan.FromSeconds(options.Value.IntervalSeconds);

    /// <summary>One run: every digest due now, then the unconfirmed alerts past their week.</summary>
    public override async Task RunOnceAsync(CancellationToken cancellationToken)
    {
        while (await DigestBatchAsync(cancellationToken))
        {
        }

        await using var scope = scopes.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<JobAlerts>().ForgetUnconfirmedAsync(cancellationToken);
    }

    private async Task<bool> DigestBatchAsync(CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        var search = scope.ServiceProvider.GetRequiredService<JobSearch>();
        var outbox = scope.ServiceProvider.GetRequiredService<MailOutbox>();
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var due = await scope.ServiceProvider.GetRequiredService<JobAlerts>().ClaimDueAsync(Batch, cancellationToken);
        var now = Clock.GetUtcNow().UtcDateTime;

        // A posting approved in a transaction still open now may carry an earlier publication time once it commits: the
        // cut-off stays a little behind, so no digest misses it.
        var through = now - TimeSpan.FromSeconds(options.Value.SettleSeconds);
        var sent = 0;
        foreach (var alert in due)
        {
            var postings = await search.PublishedBetweenAsync(alert.Search, alert.DigestedThrough!.Value, through, MaxPostings, cancellationToken);
            if (postings.Count > 0)
            {
                outbox.Queue(alert.Email, Subject(postings.Count, alert.Search), Body(alert, postings), links.Unsubscribe(alert));
                sent++;
            }

            alert.Digested(through, now);
        }

        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        if (due.Count > 0)
        {
            LogDigested(logger, due.Count, sent);
        }

        return due.Count == Batch;
    }

    private static string Subject(int count, JobSearchCriteria search) =>
        string.Create(CultureInfo.InvariantCulture, $"{(count == MaxPostings ? $"{count}+" : count.ToString(CultureInfo.InvariantCulture))} new Python {(count == 1 ? "job" : "jobs")}: {AlertWording.Describe(search)}");

    private string Body(JobAlert alert, List<PostingSummary> postings)
    {
        var origin = site.Value.PublicOrigin;
        var body = new StringBuilder().Append(CultureInfo.InvariantCulture, $"New postings matching {AlertWording.Describe(alert.Search)}:\n\n");
        foreach (var posting in postings)
        {
            body.Append(CultureInfo.InvariantCulture, $"{posting.ListedTitle()}, {posting.CompanyName}\n")
                .Append(CultureInfo.InvariantCulture, $"{posting.SalaryText()} · {posting.City}, {IsoCodes.CountryName(posting.CountryCode)} · {posting.Workplace.DisplayName()} · {posting.Level.DisplayName()}\n")
                .Append(CultureInfo.InvariantCulture, $"{new Uri(origin, paths.Posting(posting.Id, posting.Slug))}\n\n");
        }

        return body
            .Append(CultureInfo.InvariantCulture, $"The whole search: {new Uri(origin, $"/jobs?{alert.Search.ToQueryString()}")}\n\n")
            .Append(CultureInfo.InvariantCulture, $"Change, pause or delete your alerts: {links.Manage(alert.Email)}\n")
            .Append(CultureInfo.InvariantCulture, $"Stop this alert: {links.Unsubscribe(alert)}\n")
            .ToString();
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Digested {AlertCount} job alerts; {MailCount} had new postings")]
    private static partial void LogDigested(ILogger logger, int alertCount, int mailCount);

}
