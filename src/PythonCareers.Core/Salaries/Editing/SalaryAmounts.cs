using FluentValidation;
using PythonCareers.Core.Salaries;

namespace PythonCareers.Web.Features.Admin.SalaryFigures;

/// <summary>Amounts as the admin lists print them.</summary>
public static class SalaryAmounts
{
    public static string Text(string currency, decimal? minimum, decimal? average, decimal? maximum) =>
        string.Join(" / ", new[] { ("min", minimum), ("avg", average), ("max", maximum) }
            .Where(a => a.Item2 is not null)
            .Select(a => $"{a.Item1} {Money.Format(currency, a.Item2!.Value)}"));
}
