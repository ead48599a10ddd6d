using PythonCareers.Core.Common;
using PythonCareers.Core.Roles;
using PythonCareers.Core.Salaries;
using PythonCareers.Core.Sources;

namespace PythonCareers.Core.Tests.Salaries;

public sealed class SalaryFigureTests
{
    private static readonly DataSource Source = new("tp-2026", "Tutorialspoint", "Daily work", null, new DateOnly(2026, 3, 26), DatePrecision.Day, new DateOnly(2026, 11, 24));
    private static readonly RoleProfile Role = new("data-scientist", "Data Scientist", "Models", "Builds models", "Varied", 1, Source);

    [Fact]
    public void A_figure_keeps_what_the_source_says()
    {
        var figure = new SalaryFigure(Role, "US", "USD", EmploymentKind.Employed, CareerLevel.AllLevels, PayPeriod.Year, SalaryStatistic.AverageOf(121_762m), Source);

        Assert.Equal(("US", "USD", 121_762m), (figure.CountryCode, figure.Currency, figure.Average));
        Assert.False(figure.IsDerived);
    }

    [Fact]
    public void A_figure_may_name_no_country_when_the_source_names_none()
    {
        var figure = new SalaryFigure(Role, null, "USD", EmploymentKind.Employed, CareerLevel.AllLevels, PayPeriod.Year, SalaryStatistic.AverageOf(1m), Source);

        Assert.Null(figure.CountryCode);
    }

    [Theory]
    [InlineData("XX", "USD")]
    [InlineData("us", "USD")]
    [InlineData("US", "XYZ")]
    [InlineData("US", "usd")]
    public void Unknown_country_or_currency_codes_are_refused(string country, string currency) =>
        Assert.Throws<DomainRuleException>(() =>
            new SalaryFigure(Role, country, currency, EmploymentKind.Employed, CareerLevel.AllLevels, PayPeriod.Year, SalaryStatistic.AverageOf(1m), Source));

    [Fact]
    public void Out_of_range_enum_values_are_refused()
    {
        Assert.Throws<DomainRuleException>(() =>
            new SalaryFigure(Role, "US", "USD", (EmploymentKind)7, CareerLevel.AllLevels, PayPeriod.Year, SalaryStatistic.AverageOf(1m), Source));
        Assert.Throws<DomainRuleException>(() =>
            new SalaryFigure(Role, "US", "USD", EmploymentKind.Employed, (CareerLevel)9, PayPeriod.Year, SalaryStatistic.AverageOf(1m), Source));
        Assert.Throws<DomainRuleException>(() =>
            new SalaryFigure(Role, "US", "USD", EmploymentKind.Employed, CareerLevel.AllLevels, (PayPeriod)9, SalaryStatistic.AverageOf(1m), Source));
    }

    [Fact]
    public void A_derived_figure_says_how_it_was_derived()
    {
        var figure = new SalaryFigure(Role, null, "USD", EmploymentKind.Freelance, CareerLevel.AllLevels, PayPeriod.Day, SalaryStatistic.AverageOf(592m), Source, "8 hours at USD 74");

        Assert.True(figure.IsDerived);
        Assert.Equal("8 hours at USD 74", figure.Derivation);
    }

    [Fact]
    public void A_blank_derivation_is_refused() =>
        Assert.Throws<DomainRuleException>(() =>
            new SalaryFigure(Role, null, "USD", EmploymentKind.Freelance, CareerLevel.AllLevels, PayPeriod.Day, SalaryStatistic.AverageOf(592m), Source, "  "));
}
