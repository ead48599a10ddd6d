using System.Linq.Expressions;
using PythonCareers.Core.Common;
using PythonCareers.Core.Salaries;
using PythonCareers.Core.Sources;

namespace PythonCareers.Web.Features.Salaries;

/// <summary>A salary figure as the pages show it, with its source.</summary>
public sealed record SalaryFigureView(
    string RoleSlug,
    string RoleTitle,
    string? CountryCode,
    string Currency,
    EmploymentKind Kind,
    CareerLevel Level,
    PayPeriod Period,
    decimal? Minimum,
    decimal? Average,
    decimal? Maximum,
    string? Derivation,
    SourceCitation Source,
    DateOnly AsOf)
{
    public static readonly Expression<Func<SalaryFigure, SalaryFigureView>> FromEntity = f => new SalaryFigureView(
        f.Role.Slug,
        f.Role.Title,
        f.CountryCode,
        f.Currency,
        f.Kind,
        f.Level,
        f.Period,
        f.Minimum,
        f.Average,
        f.Maximum,
        f.Derivation,
        f.Source.Cite(),
        f.AsOf);

    public string CountryName => CountryCode is null ? "Country not stated" : IsoCodes.CountryName(CountryCode);

    public bool IsDerived => Derivation is not null;

    public bool HasRange => Minimum is not null && Maximum is not null;

    /// <summary>"USD 121,762", "EUR 20,000-70,000" or "USD 74 (range USD 31-89)".</summary>
    public string AmountText => (Minimum, Average, Maximum) switch
    {
        ({ } min, { } avg, { } max) => $"{Money.Format(Currency, avg)} (range {Money.FormatRange(Currency, min, max)})",
        ({ } min, null, { } max) => Money.FormatRange(Currency, min, max),
        (_, { } avg, _) => Money.Format(Currency, avg),
        ({ } min, null, null) => $"from {Money.Format(Currency, min)}",
        (_, _, { } max) => $"up to {Money.Format(Currency, max)}",
        _ => "",
    };

    public string StatisticName => (Minimum, Average, Maximum) switch
    {
        (null, not null, null) => "Average",
        (not null, null, not null) => "Range",
        (not null, not null, not null) => "Average and range",
        _ => "Figure",
    };

    public string SummaryText => $"{AmountText} {Period.Per()}";

    /// <summary>The order pages list figures in: employed before freelance, named countries first, then by level and period.</summary>
    public static IEnumerable<SalaryFigureView> InDisplayOrder(IEnumerable<SalaryFigureView> figures) =>
        figures
            .OrderBy(f => f.Kind)
            .ThenBy(f => f.CountryCode is null)
            .ThenBy(f => f.CountryName, StringComparer.Ordinal)
            .ThenBy(f => f.Period)
            .ThenBy(f => f.Level);

    /// <summary>The one figure that best sums up a role: employed and yearly, preferring an average across all levels.</summary>
    public static SalaryFigureView? Headline(IEnumerable<SalaryFigureView> figures) =>
        InDisplayOrder(figures)
            .Where(f => f.Kind == EmploymentKind.Employed && f.Period == PayPeriod.Year && !f.IsDerived)
            .OrderBy(f => f.Level != CareerLevel.AllLevels)
            .ThenBy(f => f.Average is null)
            .FirstOrDefault();
}
