using PythonCareers.Web.Features.Api;

namespace PythonCareers.Web.Features.Data;

/// <summary>The cited salary dataset as /data/salaries.json gives it: what it is, its licence, how to cite it, its sources and its figures.</summary>
public sealed record SalaryDataset(
    string Title,
    string Url,
    string Licence,
    string LicenceUrl,
    string Rights,
    string HowToCite,
    IReadOnlyList<ApiSource> Sources,
    IReadOnlyList<CitedSalary> Figures)
{
    public const string Name = "Python salary figures with their sources";

    public const string LicenceName = "CC BY 4.0";

    public const string LicenceAddress = "https://creativecommons.org/licenses/by/4.0/";

    /// <summary>
    /// What we may license is our compilation: which figures, and how they are arranged and labelled. The figures themselves
    /// are their sources' statements, under their sources' terms.
    /// </summary>
    public const string RightsText =
        "PythonCareers' compilation of these figures (which figures are included, and how they are arranged and labelled) is licensed under CC BY 4.0. "
        + "Each figure belongs to the source it names, whose own terms apply to it: cite that source beside this dataset.";

    public static string Citation(Uri page) => $"PythonCareers, \"{Name}\", {page.AbsoluteUri} (retrieved on the date you downloaded it), {LicenceName}; and the source each figure names.";

    public static SalaryDataset Of(IReadOnlyList<CitedSalary> figures, Uri page)
    {
        ArgumentNullException.ThrowIfNull(figures);
        ArgumentNullException.ThrowIfNull(page);
        return new SalaryDataset(Name, page.AbsoluteUri, LicenceName, LicenceAddress, RightsText, Citation(page), SourcesOf(figures), figures);
    }

    /// <summary>Each source the figures cite, once, by publisher and title.</summary>
    public static IReadOnlyList<ApiSource> SourcesOf(IEnumerable<CitedSalary> figures) =>
        [.. figures.Select(f => f.Source).Distinct().OrderBy(s => s.Publisher, StringComparer.OrdinalIgnoreCase).ThenBy(s => s.Title, StringComparer.OrdinalIgnoreCase)];
}
