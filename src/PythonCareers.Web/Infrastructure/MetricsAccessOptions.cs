namespace PythonCareers.Web.Infrastructure;

/// <summary>Who besides the host itself may read the metrics (<see cref="MetricsAccess"/>).</summary>
public sealed class MetricsAccessOptions
{
    public const string Section = "Metrics";

    /// <summary>Networks in CIDR notation ("10.0.0.0/8") whose hosts may scrape directly, not through the proxy.</summary>
    public IReadOnlyList<string> AllowedNetworks { get; set; } = [];

    /// <summary>A token that lets a scraper anywhere in (Authorization: Bearer ...); set it in the environment, never in the repo.</summary>
    public string? BearerToken { get; set; }
}
