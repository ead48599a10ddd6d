using PythonCareers.Core.Common;
using PythonCareers.Core.Jobs;
using PythonCareers.Core.Market;
using PythonCareers.Core.Salaries;

namespace PythonCareers.Web.Features.Roles;

/// <summary>
/// One row of the posted pay comparison: a country, posting level, kind of work and currency, with each role's figure of
/// the posted-salary index there, or null where its postings are too few to show one.
/// </summary>
public sealed record PostedPayRow(string CountryCode, JobLevel Level, EmploymentKind Kind, string Currency, PostedPay? First, PostedPay? Second)
{
    public string CountryName => IsoCodes.CountryName(CountryCode);
}
