using PythonCareers.Core.Common;
using PythonCareers.Core.Jobs.Search;

namespace PythonCareers.Core.Alerts;

public enum AlertFrequency
{
    Daily,
    Weekly,
}

/// <summary>
/// A saved job search that mails its new postings to an address: unconfirmed until the link in its confirmation mail is
/// followed, then digested daily or weekly. Each digest covers the postings published since the previous one's cut-off,
/// so a posting is listed at most once.
/// </summary>
public sealed class JobAlert
{
    private JobAlert()
    {
    }

    internal JobAlert(string email, JobSearchCriteria search, AlertFrequency frequency, DateTime now)
    {
        Email = EmailAddress.IsValid(email) ? email.ToLowerInvariant() : throw new DomainRuleException($"'{email}' is not an email address.");
        Search = search with { Sort = JobSearchCriteria.DefaultSort(search.Text), Page = 1 };
        Frequency = Enum.IsDefined(frequency) ? frequency : throw new DomainRuleException($"Unknown frequency {frequency}.");
        Key = Guid.NewGuid();
        CreatedAt = now;
    }

    public int Id { get; private set; }

    /// <summary>What the alert's links name (signed): never its sequential id.</summary>
    public Guid Key { get; private set; }

    /// <summary>Lower case, so that one address's alerts are found however it was typed.</summary>
    public string Email { get; private set; } = "";

    public JobSearchCriteria Search { get; private set; } = JobSearchCriteria.Everything;

    public AlertFrequency Frequency { get; private set; }

    public DateTime CreatedAt { get; private set; }

    public DateTime? ConfirmedAt { get; private set; }

    public DateTime? PausedAt { get; private set; }

    /// <summary>The publication time up to which postings were digested (or, before the first digest, the confirmation).</summary>
    public DateTime? DigestedThrough { get; private set; }

    /// <summary>When the next digest is due; null while unconfirmed or paused.</summary>
    public DateTime? NextDigestAt { get; private set; }

    public TimeSpan Interval => Frequency == AlertFrequency.Weekly ? TimeSpan.FromDays(7) : TimeSpan.FromDays(1);

    /// <summary>Confirming twice changes nothing: the link may be followed again from the same mail.</summary>
    public void Confirm(DateTime now)
    {
        if (ConfirmedAt is not null)
        {
            return;
        }

        ConfirmedAt = now;
        DigestedThrough = now;
        NextDigestAt = now + Interval;
    }

    public void Pause(DateTime now)
    {
        PausedAt ??= now;
        NextDigestAt = null;
    }

    /// <summary>Resumes from now: what was published while paused is not sent afterwards.</summary>
    public void Resume(DateTime now)
    {
        if (ConfirmedAt is null || PausedAt is null)
        {
            return;
        }

        PausedAt = null;
        DigestedThrough = now;
        NextDigestAt = now + Interval;
    }

    public void ChangeFrequency(AlertFrequency frequency, DateTime now)
    {
        Frequency = Enum.IsDefined(frequency) ? frequency : throw new DomainRuleException($"Unknown frequency {frequency}.");
        if (NextDigestAt is not null)
        {
            NextDigestAt = now + Interval;
        }
    }

    /// <summary>Records a digest (sent or, with nothing new, skipped) of the postings published up to <paramref name="through"/>.</summary>
    public void Digested(DateTime through, DateTime now)
    {
        DigestedThrough = through;
        NextDigestAt = now + Interval;
    }
}
