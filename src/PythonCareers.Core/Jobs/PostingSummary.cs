using System.Linq.Expressions;
using PythonCareers.Core.Salaries;

namespace PythonCareers.Core.Jobs;

/// <summary>A live posting as lists show it: search results, role pages and feeds.</summary>
public sealed record PostingSummary(
    int Id,
    string Slug,
    string Title,
    string CompanyName,
    string CompanySlug,
    string RoleSlug,
    string RoleTitle,
    JobLevel Level,
    EmploymentType EmploymentType,
    Workplace Workplace,
    string City,
    string CountryCode,
    decimal SalaryMin,
    decimal SalaryMax,
    string Currency,
    PayPeriod SalaryPeriod,
    DateTime PublishedAt,
    DateTime ExpiresAt,
    bool IsSample)
{
    public static readonly Expression<Func<JobPosting, PostingSummary>> FromPosting = p => new PostingSummary(
        p.Id,
        p.Slug,
        p.Title,
        p.CompanyName,
        p.Company.Slug,
        p.RoleProfile.Slug,
        p.RoleTitle,
        p.Level,
        p.EmploymentType,
        p.Workplace,
        p.City,
        p.CountryCode,
        p.SalaryMin,
        p.SalaryMax,
        p.Currency,
        p.SalaryPeriod,
        p.PublishedAt!.Value,
        p.ExpiresAt!.Value,
        p.Company.IsSample);
}
