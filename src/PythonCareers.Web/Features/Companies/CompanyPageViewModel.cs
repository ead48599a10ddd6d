using PythonCareers.Core.Common;
using PythonCareers.Core.Jobs;

namespace PythonCareers.Web.Features.Companies;

/// <summary>A company's page: its profile, how many of its postings are live and how many it has published in all, and the newest live ones.</summary>
public sealed record CompanyPageViewModel(string Slug, string Name, string Website, string Description, int Open, int PostedInAll, IReadOnlyList<PostingSummary> Newest, bool IsSample)
{
    /// <summary>The most live postings one company page lists.</summary>
    public const int Shown = 100;

    /// <summary>The schema.org Organization of the company, as JSON for the page's script element.</summary>
    public string StructuredData { get; init; } = "";

    /// <summary>The website as a link, only if it is an http(s) address (the rule the profile form applies).</summary>
    public string? SafeWebsite => WebAddress.IsValid(Website) ? new Uri(Website.Trim()).AbsoluteUri : null;
}
