using PythonCareers.Core.Common;
using PythonCareers.Core.Market;
using PythonCareers.Core.Salaries;
using PythonCareers.Core.Sources;

namespace PythonCareers.Core.Tests.Market;

public sealed class MarketFigureTests
{
    private static readonly DataSource Source = new("tp-2026", "Tutorialspoint", "Daily work", null, new DateOnly(2026, 3, 26), DatePrecision.Day, new DateOnly(2026, 11, 24));

    [Fact]
    public void Open_positions_must_be_greater_than_zero() =>
        Assert.Throws<DomainRuleException>(() => new MarketFigure("US", CareerLevel.Entry, 0, false, Source));

    [Fact]
    public void The_country_must_be_an_iso_code() =>
        Assert.Throws<DomainRuleException>(() => new MarketFigure("USA", CareerLevel.Entry, 4_834, false, Source));

    [Fact]
    public void A_valid_figure_keeps_its_count()
    {
        var figure = new MarketFigure("US", CareerLevel.Mid, 14_396, false, Source);

        Assert.Equal(14_396, figure.OpenPositions);
    }

    [Fact]
    public void A_revision_takes_the_new_sources_date_and_keeps_the_rules()
    {
        var figure = new MarketFigure("US", CareerLevel.Entry, 4_834, false, Source);
        var later = new DataSource("so-2026", "Stack Overflow", "Survey", null, new DateOnly(2026, 7, 1), DatePrecision.Month, new DateOnly(2026, 11, 24));

        figure.Revise("DE", CareerLevel.Senior, 25_000, true, later);

        Assert.Equal(("DE", CareerLevel.Senior, 25_000, true, new DateOnly(2026, 7, 1)), (figure.CountryCode, figure.Level, figure.OpenPositions, figure.IsApproximate, figure.AsOf));
        Assert.Throws<DomainRuleException>(() => figure.Revise("DE", CareerLevel.Senior, -1, true, later));
    }
}
