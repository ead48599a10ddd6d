namespace PythonCareers.Core.Jobs;

/// <summary>The "Jobs" configuration section.</summary>
public sealed class JobsOptions
{
    public const string Section = "Jobs";

    /// <summary>How long a posting stays live after approval or renewal.</summary>
    public int PostingLifetimeDays { get; set; } = 30;

    /// <summary>How often the expiry service looks for postings past their closing date.</summary>
    public int ExpiryIntervalSeconds { get; set; } = 300;

    public TimeSpan PostingLifetime => TimeSpan.FromDays(PostingLifetimeDays);
}
