using PythonCareers.Core.Common;
using PythonCareers.Core.Roles;
using PythonCareers.Core.Sources;

namespace PythonCareers.Core.Salaries;

/// <summary>
/// What a source says a role pays: in one country (or none named), for one kind of work, level and period.
/// The source may give a single average, a range, or several of minimum, average and maximum.
/// </summary>
public sealed class SalaryFigure
{
    public const int DerivationMaxLength = 300;

    private SalaryFigure()
    {
    }

    public SalaryFigure(
        RoleProfile role,
        string? countryCode,
        string currency,
        EmploymentKind kind,
        CareerLevel level,
        PayPeriod period,
        SalaryStatistic statistic,
        DataSource source,
        string? derivation = null,
        DateOnly? asOf = null)
    {
        Set(role, countryCode, currency, kind, level, period, statistic, source, derivation);
        AsOf = asOf ?? source?.AsOf ?? throw new DomainRuleException("A salary figure needs a source.");
    }

    public int Id { get; private set; }

    public int RoleProfileId { get; private set; }

    public RoleProfile Role { get; private set; } = null!;

    /// <summary>ISO 3166 alpha-2; null when the source names no country.</summary>
    public string? CountryCode { get; private set; }

    /// <summary>ISO 4217.</summary>
    public string Currency { get; private set; } = "";

    public EmploymentKind Kind { get; private set; }

    public CareerLevel Level { get; private set; }

    public PayPeriod Period { get; private set; }

    public decimal? Minimum { get; private set; }

    public decimal? Average { get; private set; }

    public decimal? Maximum { get; private set; }

    /// <summary>How a derived figure was worked out from others (the freelance day rate); null for figures the source states.</summary>
    public string? Derivation { get; private set; }

    public bool IsDerived => Derivation is not null;

    public int DataSourceId { get; private set; }

    public DataSource Source { get; private set; } = null!;

    /// <summary>The date the figure applies to; several dated figures of one kind make a trend.</summary>
    public DateOnly AsOf { get; private set; }

    /// <summary>Set when an editor retires the figure: it leaves the public pages but stays in the history.</summary>
    public DateTime? RetiredAt { get; private set; }

    /// <summary>PostgreSQL's row version (xmin): a second editor saving stale values gets a conflict, not a lost update.</summary>
    public uint Version { get; private set; }

    public bool IsRetired => RetiredAt is not null;

    /// <summary>An editor's correction: every value may change, with the same rules as a new figure; a retired figure stays as it was.</summary>
    public void Revise(
        RoleProfile role,
        string? countryCode,
        string currency,
        EmploymentKind kind,
        CareerLevel level,
        PayPeriod period,
        SalaryStatistic statistic,
        DataSource source,
        string? derivation,
        DateOnly asOf,
        DateOnly today)
    {
        if (IsRetired)
        {
            throw new DomainRuleException("This figure is retired: add a new figure instead of changing it.");
        }

        if (asOf > today)
        {
            throw new DomainRuleException($"The as-of date {asOf:yyyy-MM-dd} is in the future.");
        }

        Set(role, countryCode, currency, kind, level, period, statistic, source, derivation);
        AsOf = asOf;
    }

    /// <summary>Takes the figure off the public pages; it stays in the admin area and its history.</summary>
    public void Retire(DateTime now)
    {
        if (IsRetired)
        {
            throw new DomainRuleException($"This figure was already retired on {RetiredAt:yyyy-MM-dd}.");
        }

        RetiredAt = now;
    }

    private void Set(
        RoleProfile role,
        string? countryCode,
        string currency,
        EmploymentKind kind,
        CareerLevel level,
        PayPeriod period,
        SalaryStatistic statistic,
        DataSource source,
        string? derivation)
    {
        ArgumentNullException.ThrowIfNull(statistic);
        Role = role ?? throw new DomainRuleException("A salary figure needs a role.");
        CountryCode = countryCode is null ? null : IsoCodes.RequireCountry(countryCode);
        Currency = IsoCodes.RequireCurrency(currency);
        Kind = Enum.IsDefined(kind) ? kind : throw new DomainRuleException($"Unknown employment kind {kind}.");
        Level = Enum.IsDefined(level) ? level : throw new DomainRuleException($"Unknown level {level}.");
        Period = Enum.IsDefined(period) ? period : throw new DomainRuleException($"Unknown pay period {period}.");
        Minimum = statistic.Minimum;
        Average = statistic.Average;
        Maximum = statistic.Maximum;
        Derivation = derivation is null ? null : Guard.Text(derivation, "How the figure is derived", DerivationMaxLength);
        Source = source ?? throw new DomainRuleException("A salary figure needs a source.");
    }
}
