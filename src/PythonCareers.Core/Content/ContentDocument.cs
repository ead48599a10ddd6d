using PythonCareers.Core.Salaries;
using PythonCareers.Core.Skills;
using PythonCareers.Core.Sources;

namespace PythonCareers.Core.Content;

/// <summary>The shape of career-content.json, the reviewed data file the site's first content comes from.</summary>
public sealed record ContentDocument(
    IReadOnlyList<SourceEntry> Sources,
    IReadOnlyList<TextEntry> PythonFacts,
    IReadOnlyList<TextEntry> SharedActivities,
    IReadOnlyList<AreaEntry> Areas,
    IReadOnlyList<SkillEntry> Skills,
    IReadOnlyList<RoleEntry> Roles,
    IReadOnlyList<MarketEntry> Market);

public sealed record SourceEntry(string Key, string Publisher, string Title, Uri? Url, DateOnly AsOf, DatePrecision AsOfPrecision);

public sealed record TextEntry(string Source, string Text);

public sealed record AreaEntry(string Slug, string Name, string Source, string PythonUse);

public sealed record SkillEntry(string Slug, string Name, SkillCategory Category, string Description);

public sealed record RoleEntry(
    string Slug,
    string Title,
    string Source,
    string Summary,
    string Description,
    string BackgroundAndEducation,
    IReadOnlyList<string> Responsibilities,
    IReadOnlyList<string> Skills,
    IReadOnlyList<string> Areas,
    IReadOnlyList<string> RelatedRoles,
    IReadOnlyList<SalaryEntry> Salaries);

public sealed record SalaryEntry(
    string? Country,
    string Currency,
    EmploymentKind Kind,
    CareerLevel Level,
    PayPeriod Period,
    decimal? Minimum,
    decimal? Average,
    decimal? Maximum,
    string Source,
    string? Derivation);

public sealed record MarketEntry(string Country, CareerLevel Level, int OpenPositions, bool Approximate, string Source);
