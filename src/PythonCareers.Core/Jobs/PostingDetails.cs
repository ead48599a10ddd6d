using PythonCareers.Core.Salaries;

namespace PythonCareers.Core.Jobs;

/// <summary>Everything a recruiter writes in a posting: validated as a whole, applied as a whole.</summary>
public sealed record PostingDetails(
    string Title,
    int RoleProfileId,
    EmploymentType EmploymentType,
    JobLevel Level,
    string City,
    string CountryCode,
    Workplace Workplace,
    IReadOnlyList<string> RemoteCountries,
    decimal SalaryMin,
    decimal SalaryMax,
    string Currency,
    PayPeriod SalaryPeriod,
    string Description,
    IReadOnlyList<int> SkillIds,
    string? ApplyUrl,
    string? ApplyEmail,
    bool VisaSponsorship,
    bool Relocation)
{
    /// <summary>The warnings about the pay the recruiter confirmed when saving it (none when the pay raised none).</summary>
    public IReadOnlyList<SalaryWarning> ConfirmedSalaryWarnings { get; init; } = [];
}
