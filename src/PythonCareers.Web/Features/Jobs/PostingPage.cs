using System.Linq.Expressions;
using LinqKit;
using PythonCareers.Core.Common;
using PythonCareers.Core.Jobs;
using PythonCareers.Core.Salaries;

namespace PythonCareers.Web.Features.Jobs;

/// <summary>A posting as its own page shows it, closed or open.</summary>
public sealed record PostingPage(
    int Id,
    string Slug,
    string Title,
    string CompanyName,
    string CompanySlug,
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
    DateTime? ClosedAt,
    bool IsSample)
{
    /// <summary>
    /// The postings that have a public page, open or closed: published once and not a revision. Drafts, postings in review,
    /// rejected ones and those withdrawn before approval never were public, and do not exist for job seekers.
    /// </summary>
    public static readonly Expression<Func<JobPosting, bool>> EverPublished = p =>
        p.RevisionOfId == null && p.PublishedAt != null && p.ExpiresAt != null
        && (p.Status == PostingStatus.Published || p.Status == PostingStatus.Expired || p.Status == PostingStatus.Filled || p.Status == PostingStatus.Withdrawn);

    /// <summary>Open means live (<see cref="JobPosting.LiveAt"/>) by the database's clock.</summary>
    public static readonly Expression<Func<JobPosting, PostingPage>> FromPosting = ((Expression<Func<JobPosting, PostingPage>>)(p => new PostingPage(
        p.Id,
        p.Slug,
        p.Title,
        p.CompanyName,
        p.Company.Slug,
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
        JobPosting.LiveAt.Invoke(p, DateTime.UtcNow),
        p.PublishedAt!.Value,
        p.ExpiresAt!.Value,
        p.ClosedAt,
        p.Company.IsSample))).Expand();

    public string CountryName => IsoCodes.CountryName(CountryCode);

    public string LocationText => $"{City}, {CountryName}";

    public string WorkplaceText => Workplace == Workplace.Remote
        ? $"Remote, for applicants in {string.Join(", ", RemoteCountries.Select(IsoCodes.CountryName))}"
        : Workplace.DisplayName();

    public string SalaryText => JobWording.SalaryRangeText(Currency, SalaryMin, SalaryMax, SalaryPeriod);

    /// <summary>The same range a year (12 months, 220 days, 1,760 hours), or null when the posting already pays by the year.</summary>
    public string? YearlySalaryText => SalaryPeriod == PayPeriod.Year
        ? null
        : JobWording.SalaryRangeText(Currency, SalaryMinYearly, SalaryMaxYearly, PayPeriod.Year);

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
