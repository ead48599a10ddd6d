using PythonCareers.Core.Common;
using PythonCareers.Core.Salaries;
using PythonCareers.Core.Sources;

namespace PythonCareers.Core.Market;

/// <summary>How many Python jobs a source counted open in a country, at one level or all.</summary>
public sealed class MarketFigure
{
    private MarketFigure()
    {
    }

    public MarketFigure(string countryCode, CareerLevel level, int openPositions, bool isApproximate, DataSource source)
    {
        Revise(countryCode, level, openPositions, isApproximate, source);
    }

    public int Id { get; private set; }

    public string CountryCode { get; private set; } = "";

    public CareerLevel Level { get; private set; }

    public int OpenPositions { get; private set; }

    /// <summary>True when the source rounds ("about 25,000").</summary>
    public bool IsApproximate { get; private set; }

    public int DataSourceId { get; private set; }

    public DataSource Source { get; private set; } = null!;

    /// <summary>The date the count applies to.</summary>
    public DateOnly AsOf { get; private set; }

    /// <summary>PostgreSQL's row version (xmin): a second editor saving stale values gets a conflict, not a lost update.</summary>
    public uint Version { get; private set; }

    /// <summary>An editor's correction; the count is dated by its source, so a new source moves the as-of date with it.</summary>
    public void Revise(string countryCode, CareerLevel level, int openPositions, bool isApproximate, DataSource source)
    {
        CountryCode = IsoCodes.RequireCountry(countryCode);
        Level = Enum.IsDefined(level) ? level : throw new DomainRuleException($"Unknown level {level}.");
        OpenPositions = openPositions > 0 ? openPositions : throw new DomainRuleException("Open positions must be greater than zero.");
        IsApproximate = isApproximate;
        Source = source ?? throw new DomainRuleException("A market figure needs a source.");
        AsOf = source.AsOf;
    }
}
