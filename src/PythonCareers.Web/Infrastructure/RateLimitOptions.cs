namespace PythonCareers.Web.Infrastructure;

/// <summary>Requests per minute allowed on the forms attackers like best and on the public API ("RateLimits" section).</summary>
public sealed class RateLimitOptions
{
    public const string Section = "RateLimits";

    public int SignInPerMinute { get; set; } = 10;

    public int SignUpPerMinute { get; set; } = 5;

    public int PostingPerMinute { get; set; } = 20;

    /// <summary>Job alert subscriptions per client: each sends a confirmation mail.</summary>
    public int AlertsPerMinute { get; set; } = 5;

    /// <summary>Requests per client to the JSON API and the data files that reach the site (answers from the output cache are not counted).</summary>
    public int ApiPerMinute { get; set; } = 600;
}
