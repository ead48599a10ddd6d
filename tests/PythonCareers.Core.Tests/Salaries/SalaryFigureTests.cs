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

    [Fact]
    public void A_revision_changes_every_value_under_the_same_rules()
    {
        var figure = new SalaryFigure(Role, "US", "USD", EmploymentKind.Employed, CareerLevel.AllLevels, PayPeriod.Year, SalaryStatistic.AverageOf(100m), Source);
        var today = new DateOnly(2026, 11, 24);

        figure.Revise(Role, "DE", "EUR", EmploymentKind.Freelance, CareerLevel.Senior, PayPeriod.Day, SalaryStatistic.Range(500m, 800m), Source, "8 hours at EUR 70", new DateOnly(2026, 1, 1), today);

        Assert.Equal(("DE", "EUR", EmploymentKind.Freelance, CareerLevel.Senior, PayPeriod.Day), (figure.CountryCode, figure.Currency, figure.Kind, figure.Level, figure.Period));
        Assert.Equal((500m, (decimal?)null, 800m), (figure.Minimum, figure.Average, figure.Maximum));
        Assert.Equal(new DateOnly(2026, 1, 1), figure.AsOf);
        Assert.Throws<DomainRuleException>(() => figure.Revise(Role, "DE", "EURO", EmploymentKind.Freelance, CareerLevel.Senior, PayPeriod.Day, SalaryStatistic.AverageOf(1m), Source, null, today, today));
        Assert.Throws<DomainRuleException>(() => figure.Revise(Role, "DE", "EUR", EmploymentKind.Freelance, CareerLevel.Senior, PayPeriod.Day, SalaryStatistic.AverageOf(1m), Source, null, today.AddDays(1), today));
    }

    [Fact]
    public void A_retired_figure_cannot_be_retired_again_or_revised()
    {
        var figure = new SalaryFigure(Role, "US", "USD", EmploymentKind.Employed, CareerLevel.AllLevels, PayPeriod.Year, SalaryStatistic.AverageOf(100m), Source);
        var now = new DateTime(2026, 11, 24, 12, 0, 0, DateTimeKind.Utc);

        figure.Retire(now);

        Assert.Equal(now, figure.RetiredAt);
        Assert.Throws<DomainRuleException>(() => figure.Retire(now));
        Assert.Throws<DomainRuleException>(() => figure.Revise(Role, "US", "USD", EmploymentKind.Employed, CareerLevel.AllLevels, PayPeriod.Year, SalaryStatistic.AverageOf(1m), Source, null, figure.AsOf, DateOnly.FromDateTime(now)));
    }
}
