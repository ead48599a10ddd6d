using PythonCareers.Core.Jobs;
using PythonCareers.Core.Salaries;

namespace PythonCareers.Core.Market;

/// <summary>
/// A figure of the posted-salary index as the pages and the API show it: yearly equivalents in <see cref="Currency"/>,
/// from <see cref="Postings"/> postings of <see cref="Companies"/> companies published in the
/// <see cref="PostedPayIndex.WindowDays"/> days before <see cref="AsOf"/>.
/// </summary>
public sealed record PostedPay(
    DateOnly AsOf,
    string RoleSlug,
    string RoleTitle,
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
    decimal Highest);
