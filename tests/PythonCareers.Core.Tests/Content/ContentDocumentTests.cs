using PythonCareers.Core.Content;
using PythonCareers.Core.Salaries;

namespace PythonCareers.Core.Tests.Content;

/// <summary>The content file carries every figure of the career facts exactly, and nothing it names is missing.</summary>
public sealed class ContentDocumentTests
{
    private static readonly ContentDocument Content = ContentSeeder.LoadDocument();

    private static SalaryEntry Figure(string role, string? country, EmploymentKind kind, CareerLevel level, PayPeriod period) =>
        Assert.Single(Content.Roles.Single(r => r.Slug == role).Salaries, s => s.Country == country && s.Kind == kind && s.Level == level && s.Period == period);

    [Fact]
    public void The_python_programmer_carries_the_us_germany_and_uk_figures()
    {
        Assert.Equal(58_000m, Figure("python-programmer", "US", EmploymentKind.Employed, CareerLevel.Entry, PayPeriod.Year).Average);
        Assert.Equal(77_000m, Figure("python-programmer", "US", EmploymentKind.Employed, CareerLevel.AllLevels, PayPeriod.Year).Average);
        Assert.Equal(107_000m, Figure("python-programmer", "US", EmploymentKind.Employed, CareerLevel.Senior, PayPeriod.Year).Average);

        var germany = Figure("python-programmer", "DE", EmploymentKind.Employed, CareerLevel.AllLevels, PayPeriod.Year);
        Assert.Equal(("EUR", 20_000m, 70_000m), (germany.Currency, germany.Minimum, germany.Maximum));
        var britain = Figure("python-programmer", "GB", EmploymentKind.Employed, CareerLevel.AllLevels, PayPeriod.Year);
        Assert.Equal(("GBP", 42_500m, 80_000m), (britain.Currency, britain.Minimum, britain.Maximum));
    }

    [Fact]
    public void The_freelance_day_rate_is_derived_from_eight_hours_at_the_hourly_average()
    {
        var hourly = Figure("python-programmer", null, EmploymentKind.Freelance, CareerLevel.AllLevels, PayPeriod.Hour);
        var daily = Figure("python-programmer", null, EmploymentKind.Freelance, CareerLevel.AllLevels, PayPeriod.Day);

        Assert.Equal((31m, 74m, 89m), (hourly.Minimum, hourly.Average, hourly.Maximum));
        Assert.Null(hourly.Derivation);
        Assert.Equal(592m, daily.Average);
        Assert.Equal(8 * hourly.Average, daily.Average);
        Assert.NotNull(daily.Derivation);
    }

    [Theory]
    [InlineData("python-web-developer", 118_124)]
    [InlineData("python-software-engineer", 110_021)]
    [InlineData("data-scientist", 121_762)]
    [InlineData("machine-learning-engineer", 138_601)]
    public void Specialised_roles_carry_their_averages(string role, int average) =>
        Assert.Equal(average, Figure(role, null, EmploymentKind.Employed, CareerLevel.AllLevels, PayPeriod.Year).Average);

    [Fact]
    public void The_data_analyst_average_is_for_entry_level() =>
        Assert.Equal(62_237m, Figure("data-analyst", null, EmploymentKind.Employed, CareerLevel.Entry, PayPeriod.Year).Average);

    [Fact]
    public void The_automation_testing_engineer_carries_a_range()
    {
        var range = Figure("automation-testing-engineer", null, EmploymentKind.Employed, CareerLevel.AllLevels, PayPeriod.Year);

        Assert.Equal((61_991m, (decimal?)null, 100_748m), (range.Minimum, range.Average, range.Maximum));
    }

    [Fact]
    public void The_us_job_market_is_there_by_level()
    {
        var market = Content.Market.Where(m => m.Country == "US").ToDictionary(m => m.Level);

        Assert.Equal(4_834, market[CareerLevel.Entry].OpenPositions);
        Assert.Equal(14_396, market[CareerLevel.Mid].OpenPositions);
        Assert.Equal(5_498, market[CareerLevel.Senior].OpenPositions);
        Assert.Equal(25_000, market[CareerLevel.AllLevels].OpenPositions);
        Assert.True(market[CareerLevel.AllLevels].Approximate);
    }

    [Fact]
    public void Seven_roles_and_six_areas_are_described()
    {
        Assert.Equal(7, Content.Roles.Count);
        Assert.Equal(6, Content.Areas.Count);
        Assert.All(Content.Roles, role => Assert.NotEmpty(role.Responsibilities));
    }

    [Fact]
    public void Everything_the_file_refers_to_is_defined_in_it()
    {
        var sources = Content.Sources.Select(s => s.Key).ToHashSet();
        var skills = Content.Skills.Select(s => s.Slug).ToHashSet();
        var areas = Content.Areas.Select(a => a.Slug).ToHashSet();
        var roles = Content.Roles.Select(r => r.Slug).ToHashSet();

        Assert.Subset(sources, Content.Roles.SelectMany(r => r.Salaries.Select(s => s.Source).Append(r.Source)).ToHashSet());
        Assert.Subset(sources, Content.Market.Select(m => m.Source).Concat(Content.Areas.Select(a => a.Source)).ToHashSet());
        Assert.Subset(skills, Content.Roles.SelectMany(r => r.Skills).ToHashSet());
        Assert.Subset(areas, Content.Roles.SelectMany(r => r.Areas).ToHashSet());
        Assert.Subset(roles, Content.Roles.SelectMany(r => r.RelatedRoles).ToHashSet());
    }
}
