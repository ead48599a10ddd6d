using PythonCareers.Core.Common;
using PythonCareers.Core.Salaries;
using PythonCareers.Web.Features.Salaries;

namespace PythonCareers.Web.Features.Roles;

/// <summary>
/// One row of the cited pay comparison: a country, kind of work, level, period and currency, with each role's current
/// figures for exactly those (usually one, none when its sources give nothing there). The currency is part of the row, so
/// a row never sets amounts in two currencies side by side.
/// </summary>
public sealed record CitedPayRow(
    string? CountryCode,
    EmploymentKind Kind,
    CareerLevel Level,
    PayPeriod Period,
    string Currency,
    IReadOnlyList<SalaryFigureView> First,
    IReadOnlyList<SalaryFigureView> Second)
{
    public string CountryName => CountryCode is null ? "Country not stated" : IsoCodes.CountryName(CountryCode);
}
