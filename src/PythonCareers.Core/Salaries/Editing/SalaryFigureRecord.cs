using System.Linq.Expressions;

namespace PythonCareers.Core.Salaries.Editing;

/// <summary>
/// A salary figure by its natural names (role slug, source key): one CSV row, and the snapshot its audit entries keep.
/// Two records are equal when every value is; amounts compare as numbers (70000 equals 70000.00).
/// </summary>
public sealed record SalaryFigureRecord(
    string Role,
    string? Country,
    string Currency,
    EmploymentKind Kind,
    CareerLevel Level,
    PayPeriod Period,
    decimal? Minimum,
    decimal? Average,
    decimal? Maximum,
    string Source,
    DateOnly AsOf,
    string? Derivation,
    DateTime? RetiredAt = null)
{
    public static readonly Expression<Func<SalaryFigure, SalaryFigureRecord>> FromEntity = f => new SalaryFigureRecord(
        f.Role.Slug, f.CountryCode, f.Currency, f.Kind, f.Level, f.Period, f.Minimum, f.Average, f.Maximum, f.Source.Key, f.AsOf, f.Derivation, f.RetiredAt);

    /// <summary>What makes a live figure unique (the database's unique index): everything but the currency, amounts and note.</summary>
    public SalaryFigureKey Key => new(Role, Country, Kind, Level, Period, Source, AsOf);

    public SalaryStatistic Statistic => new(Minimum, Average, Maximum);

    /// <summary>The snapshot of a loaded figure; its role and source must be loaded too.</summary>
    public static SalaryFigureRecord Of(SalaryFigure figure)
    {
        ArgumentNullException.ThrowIfNull(figure);
        return new(
            figure.Role.Slug, figure.CountryCode, figure.Currency, figure.Kind, figure.Level, figure.Period,
            figure.Minimum, figure.Average, figure.Maximum, figure.Source.Key, figure.AsOf, figure.Derivation, figure.RetiredAt);
    }
}

public sealed record SalaryFigureKey(string Role, string? Country, EmploymentKind Kind, CareerLevel Level, PayPeriod Period, string Source, DateOnly AsOf);
