namespace PythonCareers.Web.Infrastructure;

/// <summary>Site-wide settings from the "Site" configuration section.</summary>
public sealed class SiteOptions
{
    public const string Section = "Site";

    /// <summary>The public origin used in canonical links, so that a forged Host header cannot change them.</summary>
    public Uri PublicOrigin { get; set; } = new("http://localhost:5080");
}
