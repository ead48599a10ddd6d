using PythonCareers.Core.Salaries;

namespace PythonCareers.Core.Tests.Salaries;

public sealed class MoneyTests
{
    [Theory]
    [InlineData("USD", 121762, "USD 121,762")]
    [InlineData("USD", 74, "USD 74")]
    [InlineData("EUR", 1234.5, "EUR 1,234.50")]
    public void Amounts_print_with_their_currency_code(string currency, decimal amount, string expected) =>
        Assert.Equal(expected, Money.Format(currency, amount));

    [Fact]
    public void Ranges_print_both_ends_once_with_the_currency() =>
        Assert.Equal("GBP 42,500-80,000", Money.FormatRange("GBP", 42_500m, 80_000m));
}
