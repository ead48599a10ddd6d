using PythonCareers.Core.Common;

namespace PythonCareers.Core.Tests.Common;

public sealed class SlugTests
{
    [Theory]
    [InlineData("data-scientist")]
    [InlineData("python3")]
    [InlineData("a")]
    public void Lower_case_kebab_names_are_slugs(string value) => Assert.True(Slug.IsValid(value));

    [Theory]
    [InlineData("")]
    [InlineData("Data-Scientist")]
    [InlineData("data--scientist")]
    [InlineData("-data")]
    [InlineData("data-")]
    [InlineData("data scientist")]
    [InlineData("data/scientist")]
    [InlineData("daten-wissenschaftlerin-ä")]
    [InlineData("data\u0000scientist")]
    public void Anything_else_is_not_a_slug(string value) => Assert.False(Slug.IsValid(value));

    [Fact]
    public void A_slug_longer_than_the_limit_is_refused()
    {
        var tooLong = new string('a', Slug.MaxLength + 1);

        Assert.False(Slug.IsValid(tooLong));
        Assert.Throws<DomainRuleException>(() => Slug.Require(tooLong));
    }
}
