using PythonCareers.Core.Common;
using PythonCareers.Core.Sources;

namespace PythonCareers.Core.Tests.Sources;

public sealed class DataSourceTests
{
    private static readonly DateOnly Today = new(2026, 11, 24);

    [Fact]
    public void A_source_dated_to_the_month_shows_the_month()
    {
        var source = new DataSource("fm-2022", "freelancermap", "Guide", new Uri("https://www.freelancermap.com/"), new DateOnly(2022, 11, 1), DatePrecision.Month, Today);

        Assert.Equal("November 2022", source.AsOfText);
    }

    [Fact]
    public void A_source_dated_to_the_day_shows_the_day()
    {
        var source = new DataSource("tp-2026", "Tutorialspoint", "Daily work", null, new DateOnly(2026, 3, 26), DatePrecision.Day, Today);

        Assert.Equal("26 March 2026", source.AsOfText);
    }

    [Fact]
    public void An_as_of_date_in_the_future_is_refused() =>
        Assert.Throws<DomainRuleException>(() => new DataSource("tp-2027", "Tutorialspoint", "Daily work", null, Today.AddDays(1), DatePrecision.Day, Today));

    [Theory]
    [InlineData("FM-2022")]
    [InlineData("fm 2022")]
    [InlineData("")]
    public void A_key_must_be_a_slug(string key) =>
        Assert.Throws<DomainRuleException>(() => new DataSource(key, "Publisher", "Title", null, Today, DatePrecision.Day, Today));

    [Fact]
    public void Only_absolute_http_addresses_are_accepted_as_urls() =>
        Assert.Throws<DomainRuleException>(() => new DataSource("fm-2022", "Publisher", "Title", new Uri("javascript:alert(1)"), Today, DatePrecision.Day, Today));

    [Fact]
    public void A_publisher_is_required() =>
        Assert.Throws<DomainRuleException>(() => new DataSource("fm-2022", " ", "Title", null, Today, DatePrecision.Day, Today));

    [Fact]
    public void A_revision_keeps_the_key_and_the_rules()
    {
        var source = new DataSource("fm-2022", "freelancermap", "Guide", null, new DateOnly(2022, 11, 1), DatePrecision.Month, Today);

        source.Revise("freelancermap GmbH", "Price index", new Uri("https://www.freelancermap.com/"), new DateOnly(2022, 12, 1), DatePrecision.Day, Today);

        Assert.Equal(("fm-2022", "freelancermap GmbH", "2022-12-01"), (source.Key, source.Publisher, source.AsOf.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture)));
        Assert.Throws<DomainRuleException>(() => source.Revise("x", "y", null, Today.AddDays(1), DatePrecision.Day, Today));
        Assert.Throws<DomainRuleException>(() => source.Revise("x", "y", new Uri("ftp://example.com/"), Today, DatePrecision.Day, Today));
    }
}
