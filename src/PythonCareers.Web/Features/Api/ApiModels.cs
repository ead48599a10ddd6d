using PythonCareers.Core.Jobs;
using PythonCareers.Core.Salaries;
using PythonCareers.Core.Skills;
using PythonCareers.Core.Sources;
using PythonCareers.Web.Features.Salaries;

namespace PythonCareers.Web.Features.Api;

/// <summary>Where a figure comes from, and the date the source gives it (to the day or the month, as the source dates it).</summary>
public sealed record ApiSource(string Publisher, string Title, string? Url, DateOnly AsOf, DatePrecision AsOfPrecision)
{
    public static ApiSource From(SourceCitation source)
    {
        ArgumentNullException.ThrowIfNull(source);
        return new(source.Publisher, source.Title, source.Url, source.AsOf, source.AsOfPrecision);
    }
}

/// <summary>A role or skill as other records name it: its slug and name.</summary>
public sealed record ApiLink(string Slug, string Name);

/// <summary>
/// What a source says a role pays: in one country (null when the source names none), for one kind of work, level and period,
/// as whichever of minimum, average and maximum the source gives. A derived figure says how it was derived.
/// </summary>
public sealed record CitedSalary(
    ApiLink Role,
    string? CountryCode,
    string Currency,
    EmploymentKind Kind,
    CareerLevel Level,
    PayPeriod Period,
    decimal? Minimum,
    decimal? Average,
    decimal? Maximum,
    string? Derivation,
    DateOnly AsOf,
    ApiSource Source)
{
    public static CitedSalary From(SalaryFigureView figure)
    {
        ArgumentNullException.ThrowIfNull(figure);
        return new(
            new ApiLink(figure.RoleSlug, figure.RoleTitle), figure.CountryCode, figure.Currency, figure.Kind, figure.Level, figure.Period,
            figure.Minimum, figure.Average, figure.Maximum, figure.Derivation, figure.AsOf, ApiSource.From(figure.Source));
    }
}

/// <summary>Every current cited salary figure of the published roles.</summary>
public sealed record CitedSalaries(IReadOnlyList<CitedSalary> Figures);

/// <summary>A published role in the list: what it is, and the figure that best sums up its pay (employed, yearly), if any.</summary>
public sealed record RoleSummary(string Slug, string Title, string Summary, string Url, CitedSalary? Headline);

public sealed record RoleList(IReadOnlyList<RoleSummary> Roles);

/// <summary>How many of a role's postings are live on PythonCareers, counted at <see cref="CountedAt"/>.</summary>
public sealed record OpenPostings(int Count, DateTime CountedAt);

/// <summary>A published role's profile. Description and background are Markdown.</summary>
public sealed record RoleProfileDetails(
    string Slug,
    string Title,
    string Summary,
    string Description,
    string BackgroundAndEducation,
    string Url,
    ApiSource Source,
    IReadOnlyList<string> Responsibilities,
    IReadOnlyList<ApiLink> Skills,
    IReadOnlyList<ApiLink> CareerAreas,
    IReadOnlyList<ApiLink> RelatedRoles,
    IReadOnlyList<CitedSalary> Salaries,
    PostedSalaryIndex PostedSalaries,
    OpenPostings OpenPostings);

public sealed record SkillSummary(string Slug, string Name, SkillCategory Category, string Description, string Url, IReadOnlyList<ApiLink> Roles);

public sealed record SkillList(IReadOnlyList<SkillSummary> Skills);

/// <summary>How many Python jobs a source counted open in a country, at one level or all; approximate when the source rounds.</summary>
public sealed record CitedOpenPositions(string CountryCode, CareerLevel Level, int OpenPositions, bool IsApproximate, DateOnly AsOf, ApiSource Source);

/// <summary>A posting's pay as the employer posted it: a range in one currency for one period.</summary>
public sealed record PostedSalary(decimal Minimum, decimal Maximum, string Currency, PayPeriod Period);

/// <summary>A live posting as the search lists it.</summary>
public sealed record JobSummary(
    int Id,
    string Title,
    string Url,
    ApiLink Company,
    ApiLink Role,
    JobLevel Level,
    EmploymentType EmploymentType,
    Workplace Workplace,
    string City,
    string CountryCode,
    PostedSalary Salary,
    DateTime PublishedAt,
    DateTime ExpiresAt,
    bool IsSample);

/// <summary>One value a search can be narrowed by, and how many postings it would give (null when not counted).</summary>
public sealed record SearchFacet(string Value, string Label, int? Count);

/// <summary>The values a search can be narrowed by; past the counting cap the counts are lower bounds.</summary>
public sealed record SearchFacets(
    IReadOnlyList<SearchFacet> Roles,
    IReadOnlyList<SearchFacet> Countries,
    IReadOnlyList<SearchFacet> Workplaces,
    IReadOnlyList<SearchFacet> EmploymentTypes,
    IReadOnlyList<SearchFacet> Levels,
    IReadOnlyList<SearchFacet> Skills,
    bool CountsAreLowerBounds);

/// <summary>
/// One page of a job search. <see cref="Total"/> counts matches up to a cap (then <see cref="TotalIsLowerBound"/>), and
/// <see cref="Next"/> and <see cref="Previous"/> are the addresses of the neighbouring pages, null at either end.
/// </summary>
public sealed record JobSearchPage(
    IReadOnlyList<JobSummary> Postings,
    int Page,
    int PageSize,
    int PageCount,
    int Total,
    bool TotalIsLowerBound,
    string? Next,
    string? Previous,
    SearchFacets Facets);

/// <summary>
/// A posting as its page shows it, open or closed. The description is Markdown; the apply address and email are given only
/// when they are a plain http(s) address or email, as the posting page links them.
/// </summary>
public sealed record JobPostingDetails(
    int Id,
    string Title,
    string Url,
    ApiLink Company,
    string CompanyWebsite,
    ApiLink Role,
    JobLevel Level,
    EmploymentType EmploymentType,
    Workplace Workplace,
    IReadOnlyList<string> RemoteCountries,
    string City,
    string CountryCode,
    PostedSalary Salary,
    PostedSalary YearlySalary,
    string Description,
    IReadOnlyList<ApiLink> Skills,
    string? ApplyUrl,
    string? ApplyEmail,
    bool VisaSponsorship,
    bool Relocation,
    PostingStatus Status,
    bool IsOpen,
    DateTime PublishedAt,
    DateTime ExpiresAt,
    DateTime? ClosedAt,
    bool IsSample);

/// <summary>
/// One figure of the posted-salary index: yearly equivalents in <see cref="Currency"/> (never converted), from
/// <see cref="Postings"/> postings of <see cref="Companies"/> companies published on PythonCareers in the window before
/// <see cref="AsOf"/>; the quartiles are of the ranges' midpoints, lowest and highest of their ends.
/// </summary>
public sealed record PostedSalaryFigure(
    ApiLink Role,
    string CountryCode,
    JobLevel Level,
    EmploymentKind Kind,
    string Currency,
    int Postings,
    int Companies,
    decimal Lowest,
    decimal P25,
    decimal Median,
    decimal P75,
    decimal Highest,
    DateOnly AsOf)
{
    public static PostedSalaryFigure From(Core.Market.PostedPay pay)
    {
        ArgumentNullException.ThrowIfNull(pay);
        return new(
            new ApiLink(pay.RoleSlug, pay.RoleTitle), pay.CountryCode, pay.Level, pay.Kind, pay.Currency, pay.Postings, pay.Companies,
            pay.Lowest, pay.P25, pay.Median, pay.P75, pay.Highest, pay.AsOf);
    }
}

/// <summary>
/// The posted-salary index of its latest daily snapshot (<see cref="AsOf"/>, null before the first): only the figures with
/// at least <see cref="MinimumPostings"/> postings from <see cref="MinimumCompanies"/> companies published in the
/// <see cref="WindowDays"/> days before it.
/// </summary>
public sealed record PostedSalaryIndex(string Source, DateOnly? AsOf, int WindowDays, int MinimumPostings, int MinimumCompanies, IReadOnlyList<PostedSalaryFigure> Figures)
{
    public const string SourceName = "PythonCareers job postings";

    public static PostedSalaryIndex Of(DateOnly? asOf, IEnumerable<Core.Market.PostedPay> figures) => new(
        SourceName,
        asOf,
        Core.Market.PostedPayIndex.WindowDays,
        Core.Market.PostedPayIndex.MinimumPostings,
        Core.Market.PostedPayIndex.MinimumCompanies,
        [.. figures.Select(PostedSalaryFigure.From)]);
}

/// <summary>The market: the index of posted pay on PythonCareers, and the open positions sources counted by country.</summary>
public sealed record MarketView(PostedSalaryIndex PostedSalaries, IReadOnlyList<CitedOpenPositions> OpenPositions);
