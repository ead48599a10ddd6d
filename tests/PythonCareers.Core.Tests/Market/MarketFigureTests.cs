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
}
