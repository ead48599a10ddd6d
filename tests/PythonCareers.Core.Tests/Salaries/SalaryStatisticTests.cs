using PythonCareers.Core.Common;
using PythonCareers.Core.Salaries;

namespace PythonCareers.Core.Tests.Salaries;

public sealed class SalaryStatisticTests
{
    [Fact]
    public void A_single_average_is_a_statistic()
    {
        var statistic = SalaryStatistic.AverageOf(121_762m);

        Assert.Equal(121_762m, statistic.Average);
        Assert.Null(statistic.Minimum);
        Assert.Null(statistic.Maximum);
    }

    [Fact]
    public void Minimum_average_and_maximum_in_order_are_a_statistic()
    {
        var statistic = new SalaryStatistic(31m, 74m, 89m);

        Assert.Equal((31m, 74m, 89m), (statistic.Minimum, statistic.Average, statistic.Maximum));
    }

    [Fact]
    public void A_statistic_needs_at_least_one_amount() =>
        Assert.Throws<DomainRuleException>(() => new SalaryStatistic(null, null, null));

    [Theory]
    [InlineData(0, null, null)]
    [InlineData(null, -1, null)]
    [InlineData(null, null, 0)]
    public void Amounts_must_be_greater_than_zero(int? minimum, int? average, int? maximum) =>
        Assert.Throws<DomainRuleException>(() => new SalaryStatistic(minimum, average, maximum));

    [Theory]
    [InlineData(70_000, null, 20_000)]
    [InlineData(80, 74, null)]
    [InlineData(null, 90, 89)]
    [InlineData(31, 95, 89)]
    public void Minimum_average_and_maximum_must_not_be_out_of_order(int? minimum, int? average, int? maximum)
    {
        var error = Assert.Throws<DomainRuleException>(() => new SalaryStatistic(minimum, average, maximum));

        Assert.Contains("must not be above", error.Message, StringComparison.Ordinal);
    }
}
