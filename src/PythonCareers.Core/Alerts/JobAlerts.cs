using Microsoft.EntityFrameworkCore;
using PythonCareers.Core.Jobs.Search;

namespace PythonCareers.Core.Alerts;

/// <summary>The rules of job alerts: how many an address may have, which are due, and forgetting an address.</summary>
public sealed class JobAlerts(AppDbContext db, TimeProvider clock)
{
    public const int MaxPerAddress = 20;

    /// <summary>An alert whose confirmation link was not followed within this long is deleted.</summary>
    public static readonly TimeSpan UnconfirmedLifetime = TimeSpan.FromDays(7);

    private DateTime Now => clock.GetUtcNow().UtcDateTime;

    /// <summary>
    /// Adds an unconfirmed alert for the caller to save with its confirmation mail, or null when the address already has
    /// <see cref="MaxPerAddress"/> alerts. The caller answers the same either way: nobody learns what an address has.
    /// </summary>
    public async Task<JobAlert?> SubscribeAsync(string email, JobSearchCriteria search, AlertFrequency frequency, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(email);
        var address = email.ToLowerInvariant();
        if (await db.JobAlerts.CountAsync(a => a.Email == address, cancellationToken) >= MaxPerAddress)
        {
            return null;
        }

        var alert = new JobAlert(address, search, frequency, Now);
        db.JobAlerts.Add(alert);
        return alert;
    }

    public Task<JobAlert?> FindAsync(Guid key, CancellationToken cancellationToken) =>
        db.JobAlerts.AsTracking().SingleOrDefaultAsync(a => a.Key == key, cancellationToken);

    public Task<List<JobAlert>> OfAddressAsync(string email, CancellationToken cancellationToken) =>
        db.JobAlerts.AsTracking().Where(a => a.Email == email).OrderBy(a => a.CreatedAt).ThenBy(a => a.Id).ToListAsync(cancellationToken);

    /// <summary>
    /// Up to <paramref name="count"/> alerts whose digest is due, locked for the caller's transaction; alerts another
    /// instance is digesting are skipped, so each digest is made once.
    /// </summary>
    public Task<List<JobAlert>> ClaimDueAsync(int count, CancellationToken cancellationToken) =>
        db.JobAlerts
            .FromSql($"SELECT * FROM job_alerts WHERE next_digest_at <= {Now} ORDER BY next_digest_at, id LIMIT {count} FOR UPDATE SKIP LOCKED")
            .AsTracking()
            .ToListAsync(cancellationToken);

    /// <summary>Deletes the alerts never confirmed within <see cref="UnconfirmedLifetime"/>.</summary>
    public Task<int> ForgetUnconfirmedAsync(CancellationToken cancellationToken)
    {
        var before = Now - UnconfirmedLifetime;
        return db.JobAlerts.Where(a => a.ConfirmedAt == null && a.CreatedAt < before).ExecuteDeleteAsync(cancellationToken);
    }

    /// <summary>"Delete everything about me": the address's alerts and every mail about them the site keeps (alert mail goes to the address as stored, in lower case).</summary>
    public async Task ForgetAddressAsync(string email, CancellationToken cancellationToken)
    {
        await db.JobAlerts.Where(a => a.Email == email).ExecuteDeleteAsync(cancellationToken);
        await db.OutgoingMails.Where(m => m.Recipient == email).ExecuteDeleteAsync(cancellationToken);
    }
}
