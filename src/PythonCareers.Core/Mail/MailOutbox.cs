using Microsoft.EntityFrameworkCore;

namespace PythonCareers.Core.Mail;

/// <summary>
/// The one way the site sends mail. <see cref="Queue"/> only adds the mail to the context, as the audit trail adds its
/// entries: the caller's save stores it with the change that causes it, so a mail is promised exactly when the change is
/// stored. The outbox sender delivers it after the commit.
/// </summary>
public sealed class MailOutbox(AppDbContext db, TimeProvider clock)
{
    /// <summary>The channel PostgreSQL notifies (on commit) when mail is queued: every instance's sender listens.</summary>
    public const string Channel = "outgoing_mail";

    public void Queue(string recipient, string subject, string body, Uri? unsubscribe = null) =>
        db.OutgoingMails.Add(new OutgoingMail(recipient, subject, body, unsubscribe, clock.GetUtcNow().UtcDateTime));

    /// <summary>
    /// The oldest mail due now, locked for the caller's transaction; mail another instance is sending meanwhile is
    /// skipped rather than waited for, so each mail is sent by one sender.
    /// </summary>
    public Task<OutgoingMail?> ClaimDueAsync(CancellationToken cancellationToken) =>
        db.OutgoingMails
            .FromSql($"SELECT * FROM outgoing_mails WHERE due_at <= {clock.GetUtcNow().UtcDateTime} ORDER BY due_at, id LIMIT 1 FOR UPDATE SKIP LOCKED")
            .AsTracking()
            .SingleOrDefaultAsync(cancellationToken);

    /// <summary>The mail given up on, newest first, for admins.</summary>
    public Task<List<OutgoingMail>> GivenUpAsync(int count, CancellationToken cancellationToken) =>
        db.OutgoingMails.Where(m => m.GaveUpAt != null).OrderByDescending(m => m.GaveUpAt).ThenByDescending(m => m.Id).Take(count).ToListAsync(cancellationToken);
}
