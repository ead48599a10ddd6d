using PythonCareers.Core.Common;

namespace PythonCareers.Core.Mail;

/// <summary>
/// A mail the site has promised: stored in the same transaction as the change that causes it, then delivered by the
/// outbox sender, tried again with growing pauses while the mail server fails, and given up (shown to admins) after a limit.
/// </summary>
public sealed class OutgoingMail
{
    public const int RecipientMaxLength = 256;
    public const int SubjectMaxLength = 300;
    public const int BodyMaxLength = 100_000;
    public const int ErrorMaxLength = 1000;

    private OutgoingMail()
    {
    }

    internal OutgoingMail(string recipient, string subject, string body, Uri? unsubscribe, DateTime now)
    {
        Unsubscribe = unsubscribe?.AbsoluteUri;
        Recipient = EmailAddress.IsValid(recipient) && recipient.Length <= RecipientMaxLength
            ? recipient
            : throw new DomainRuleException($"'{recipient}' is not an address mail can be sent to.");
        Subject = Guard.Text(subject, "The subject", SubjectMaxLength);
        Body = body.Length is > 0 and <= BodyMaxLength ? body : throw new DomainRuleException("A mail needs a body of at most 100,000 characters.");
        QueuedAt = now;
        DueAt = now;
    }

    public long Id { get; private set; }

    public string Recipient { get; private set; } = "";

    public string Subject { get; private set; } = "";

    public string Body { get; private set; } = "";

    /// <summary>The one-click unsubscribe address of a list mail (RFC 8058), sent as its List-Unsubscribe header.</summary>
    public string? Unsubscribe { get; private set; }

    public DateTime QueuedAt { get; private set; }

    /// <summary>When the sender tries it (again); null once it is sent or given up.</summary>
    public DateTime? DueAt { get; private set; }

    public int Attempts { get; private set; }

    public DateTime? SentAt { get; private set; }

    public DateTime? GaveUpAt { get; private set; }

    public string? LastError { get; private set; }

    public void Delivered(DateTime now)
    {
        Attempts++;
        SentAt = now;
        DueAt = null;
    }

    /// <summary>
    /// Records a failed attempt: the mail is due again after <paramref name="firstPause"/>, doubled for every earlier
    /// failure up to <paramref name="longestPause"/>, or given up once <paramref name="maxAttempts"/> have failed.
    /// </summary>
    public void Failed(string error, DateTime now, TimeSpan firstPause, TimeSpan longestPause, int maxAttempts)
    {
        ArgumentNullException.ThrowIfNull(error);
        Attempts++;
        LastError = PlainText.Shorten(PlainText.Storable(error, multiline: true), ErrorMaxLength);
        if (Attempts >= maxAttempts)
        {
            GaveUpAt = now;
            DueAt = null;
            return;
        }

        var pause = firstPause * Math.Pow(2, Attempts - 1);
        DueAt = now + (pause < longestPause ? pause : longestPause);
    }
}
