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
}
