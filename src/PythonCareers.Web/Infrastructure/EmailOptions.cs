namespace PythonCareers.Web.Infrastructure;

/// <summary>Where mail goes ("Email" section): an SMTP server, or without one a folder of .eml files.</summary>
public sealed class EmailOptions
{
    public const string Section = "Email";

    public string From { get; set; } = "PythonCareers <no-reply@pythoncareers.local>";

    /// <summary>Where .eml files go when no SMTP host is configured (relative paths are under the content root).</summary>
    public string PickupDirectory { get; set; } = "App_Data/mail";

    public string? SmtpHost { get; set; }

    public int SmtpPort { get; set; } = 587;

    public string? SmtpUser { get; set; }

    public string? SmtpPassword { get; set; }

    /// <summary>How often each instance's outbox sender looks for mail due for another try (new mail wakes it at once).</summary>
    public double OutboxPollSeconds { get; set; } = 30;

    /// <summary>The pause after a mail's first failed attempt; it doubles with each further failure.</summary>
    public double RetryPauseSeconds { get; set; } = 30;

    /// <summary>The longest pause between two attempts at one mail.</summary>
    public double LongestPauseMinutes { get; set; } = 60;

    /// <summary>Failed attempts after which a mail is given up and shown to admins (ten: about nine hours of trying).</summary>
    public int MaxAttempts { get; set; } = 10;
}
