using PythonCareers.Core.Jobs;
using PythonCareers.Core.Salaries;
using PythonCareers.Web.Infrastructure;

namespace PythonCareers.Web.Features;

/// <summary>
/// A posting as the recruiter's page and the editor's review page show it: a copy of the entity's values, never the
/// tracked entity, with the description already rendered by the <see cref="MarkdownRenderer"/>.
/// </summary>
public sealed record PostingOverview(
    int Id,
    string Title,
    string Slug,
    string CompanyName,
    PostingStatus Status,
    string? RejectionReason,
    DateTime? PublishedAt,
    DateTime? ExpiresAt,
    string RoleTitle,
    EmploymentType EmploymentType,
    JobLevel Level,
    string City,
    string CountryCode,
    Workplace Workplace,
    IReadOnlyList<string> RemoteCountries,
    string Currency,
    decimal SalaryMin,
    decimal SalaryMax,
    PayPeriod SalaryPeriod,
    IReadOnlyList<SalaryWarning> ConfirmedSalaryWarnings,
    string SkillNames,
    string? ApplyUrl,
    string? ApplyEmail,
    string Description,
    string DescriptionHtml)
{
    public static PostingOverview From(JobPosting posting, MarkdownRenderer markdown)
    {
        ArgumentNullException.ThrowIfNull(posting);
        ArgumentNullException.ThrowIfNull(markdown);
        return new PostingOverview(
            posting.Id,
            posting.Title,
            posting.Slug,
            posting.CompanyName,
            posting.Status,
            posting.RejectionReason,
            posting.PublishedAt,
            posting.ExpiresAt,
            posting.RoleTitle,
            posting.EmploymentType,
            posting.Level,
            posting.City,
            posting.CountryCode,
            posting.Workplace,
            [.. posting.RemoteCountries],
            posting.Currency,
            posting.SalaryMin,
            posting.SalaryMax,
            posting.SalaryPeriod,
            posting.ToDetails().ConfirmedSalaryWarnings,
            posting.SkillNames,
            posting.ApplyUrl,
            posting.ApplyEmail,
            posting.Description,
            markdown.ToSafeHtml(posting.Description));
    }
}
