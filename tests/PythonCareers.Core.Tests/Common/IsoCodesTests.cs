using PythonCareers.Core.Common;

namespace PythonCareers.Core.Tests.Common;

public sealed class IsoCodesTests
{
    [Theory]
    [InlineData("US", "United States")]
    [InlineData("DE", "Germany")]
    [InlineData("GB", "United Kingdom")]
    public void Known_countries_have_their_english_names(string code, string name)
    {
        Assert.True(IsoCodes.IsCountry(code));
        Assert.Equal(name, IsoCodes.CountryName(code));
    }

    [Theory]
    [InlineData("us")]
    [InlineData("USA")]
    [InlineData("XX")]
    [InlineData("")]
    [InlineData(null)]
    public void Unknown_or_malformed_country_codes_are_refused(string? code)
    {
        Assert.False(IsoCodes.IsCountry(code));
        Assert.Throws<DomainRuleException>(() => IsoCodes.RequireCountry(code));
    }

    [Theory]
    [InlineData("USD")]
    [InlineData("EUR")]
    [InlineData("GBP")]
    [InlineData("CHF")]
    public void Known_currencies_are_accepted(string code) => Assert.True(IsoCodes.IsCurrency(code));

    [Theory]
    [InlineData("usd")]
    [InlineData("US")]
    [InlineData("XYZ")]
    [InlineData("DOLLARS")]
    [InlineData(null)]
    public void Unknown_or_malformed_currencies_are_refused(string? code)
    {
        Assert.False(IsoCodes.IsCurrency(code));
        Assert.Throws<DomainRuleException>(() => IsoCodes.RequireCurrency(code));
    }
}
