using System.Linq.Expressions;
using PythonCareers.Core.Common;
using PythonCareers.Core.Jobs;
using PythonCareers.Core.Jobs.Search;
using PythonCareers.Core.Salaries;

namespace PythonCareers.Web.Models;

/// <summary>
/// The /jobs page: the form as the visitor filled it in, and either the results or (for a refused search) the messages,
/// which sit in ModelState under the query-string names.
/// </summary>
public sealed record JobSearchViewModel(JobSearchQuery Query, JobSearchFacets Choices, JobSearchResult? Result)
{
    public string? SelectedSort => Result is { } result ? SearchToken.Of(result.Criteria.Sort) : Query.Sort?.ToLowerInvariant();
}

/// <summary>A posting as its own page shows it, closed or open.</summary>
public sealed record PostingPage(
    int Id,
    string Slug,
    string Title,
    string CompanyName,
    string CompanyWebsite,
    int RoleProfileId,
    string RoleSlug,
    string RoleTitle,
    JobLevel Level,
    EmploymentType EmploymentType,
    Workplace Workplace,
    IReadOnlyList<string> RemoteCountries,
    string City,
    string CountryCode,
    decimal SalaryMin,
    decimal SalaryMax,
    string Currency,
    PayPeriod SalaryPeriod,
    decimal SalaryMinYearly,
    decimal SalaryMaxYearly,
    string Description,
    IReadOnlyList<int> SkillIds,
    string? ApplyUrl,
    string? ApplyEmail,
    bool VisaSponsorship,
    bool Relocation,
    PostingStatus Status,
    bool IsOpen,
    DateTime PublishedAt,
    DateTime ExpiresAt,
    DateTime? ClosedAt)
{
    /// <summary>Open means published and before its closing time, by the database's clock.</summary>
    public static readonly Expression<Func<JobPosting, PostingPage>> FromPosting = p => new PostingPage(
        p.Id,
        p.Slug,
        p.Title,
        p.CompanyName,
        p.Company.Website,
        p.RoleProfileId,
        p.RoleProfile.Slug,
        p.RoleTitle,
        p.Level,
        p.EmploymentType,
        p.Workplace,
        p.RemoteCountries,
        p.City,
        p.CountryCode,
        p.SalaryMin,
        p.SalaryMax,
        p.Currency,
        p.SalaryPeriod,
        p.SalaryMinYearly,
        p.SalaryMaxYearly,
        p.Description,
        p.SkillIds,
        p.ApplyUrl,
        p.ApplyEmail,
        p.VisaSponsorship,
        p.Relocation,
        p.Status,
        p.Status == PostingStatus.Published && p.ExpiresAt > DateTime.UtcNow,
        p.PublishedAt!.Value,
        p.ExpiresAt!.Value,
        p.ClosedAt);

    public string Path => PostingSummary.PostingPath(Id, Slug);

    public string CountryName => IsoCodes.CountryName(CountryCode);

    public string LocationText => $"{City}, {CountryName}";

    public string WorkplaceText => Workplace == Workplace.Remote
        ? $"Remote, for applicants in {string.Join(", ", RemoteCountries.Select(IsoCodes.CountryName))}"
        : Workplace.DisplayName();

    public string SalaryText => PostingSummary.SalaryRangeText(Currency, SalaryMin, SalaryMax, SalaryPeriod);

    /// <summary>The same range a year (12 months, 220 days, 1,760 hours), or null when the posting already pays by the year.</summary>
    public string? YearlySalaryText => SalaryPeriod == PayPeriod.Year
        ? null
        : PostingSummary.SalaryRangeText(Currency, SalaryMinYearly, SalaryMaxYearly, PayPeriod.Year);

    /// <summary>Why a closed posting is closed, in a sentence.</summary>
    public string ClosedText => Status switch
    {
        PostingStatus.Filled => "The position has been filled.",
        PostingStatus.Withdrawn => "The employer withdrew this posting.",
        _ => $"It closed on {JobDates.Text(ClosingTime)}.",
    };

    /// <summary>When applications end: the planned closing time, or the earlier moment a closed posting was closed.</summary>
    public DateTime ClosingTime => !IsOpen && ClosedAt is { } closed && closed < ExpiresAt ? closed : ExpiresAt;

    /// <summary>The apply address, only if it is an http(s) address (the rule the posting form applies): anything else is not made into a link.</summary>
    public string? SafeApplyUrl => WebAddress.IsValid(ApplyUrl) ? new Uri(ApplyUrl!.Trim()).AbsoluteUri : null;

    /// <summary>The apply email, only if it is a plain address (the rule the posting form applies), so that a mailto link cannot carry extra headers.</summary>
    public string? SafeApplyEmail => EmailAddress.IsValid(ApplyEmail) ? ApplyEmail : null;
}

/// <summary>What the site's salary figures say about the posting's role, country and level.</summary>
public sealed record MarketComparison(CareerLevel Level, IReadOnlyList<SalaryFigureView> InCountry, IReadOnlyList<SalaryFigureView> CountryNotStated)
{
    /// <summary>Entry and mid compare with their own level; senior and lead with senior. All-levels figures always apply.</summary>
    public static CareerLevel LevelFor(JobLevel level) => level switch
    {
        JobLevel.Entry => CareerLevel.Entry,
        JobLevel.Mid => CareerLevel.Mid,
        _ => CareerLevel.Senior,
    };
}

public sealed record PostingPageViewModel(
    PostingPage Posting,
    string DescriptionHtml,
    IReadOnlyList<SkillLink> Skills,
    MarketComparison Market,
    string? StructuredData);

public sealed record RoleJobsViewModel(string RoleSlug, string RoleTitle, int Count, IReadOnlyList<PostingSummary> Newest)
{
    public string CountText => JobSearchResult.FormatCount(Count);
}

/// <summary>Dates as the job pages print them: "3 March 2026", UTC.</summary>
public static class JobDates
{
    public static string Text(DateTime value) => value.ToString("d MMMM yyyy", System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>For the datetime attribute of a time element.</summary>
    public static string Machine(DateTime value) => value.ToUniversalTime().ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", System.Globalization.CultureInfo.InvariantCulture);
}
