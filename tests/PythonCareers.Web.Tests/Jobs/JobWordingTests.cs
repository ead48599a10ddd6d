using PythonCareers.Core.Salaries;
using PythonCareers.Web.Features.Jobs;
using PythonCareers.Web.Tests.Infrastructure;

namespace PythonCareers.Web.Tests.Jobs;

/// <summary>The job board's wording and addresses, which Web owns: Core gives the numbers and the criteria.</summary>
public sealed class JobWordingTests(CareersSite site) : SiteTest(site)
{
    [Theory]
    [InlineData(0, "0 jobs")]
    [InlineData(1, "1 job")]
    [InlineData(1_000, "1,000 jobs")]
    [InlineData(1_001, "1,000+ jobs")]
    public void Counts_past_the_cap_read_as_more_than(int count, string text) => Assert.Equal(text, JobWording.CountText(count));

    [Theory]
    [InlineData(70_000, 90_000, PayPeriod.Year, "EUR 70,000-90,000 a year")]
    [InlineData(500, 500, PayPeriod.Day, "EUR 500 a day")]
    public void A_salary_range_reads_as_one_amount_when_both_ends_agree(int minimum, int maximum, PayPeriod period, string text) =>
        Assert.Equal(text, JobWording.SalaryRangeText("EUR", minimum, maximum, period));

    [Theory]
    [InlineData("2026-03-10T23:59:00Z", "2026-03-10T00:01:00Z", "today")]
    [InlineData("2026-03-10T00:01:00Z", "2026-03-09T23:59:00Z", "yesterday")]
    [InlineData("2026-03-10T12:00:00Z", "2026-03-05T12:00:00Z", "5 days ago")]
    [InlineData("2026-03-10T12:00:00Z", "2026-02-25T12:00:00Z", "13 days ago")]
    [InlineData("2026-03-10T12:00:00Z", "2026-02-24T12:00:00Z", "2 weeks ago")]
    [InlineData("2026-03-10T12:00:00Z", "2026-01-09T12:00:00Z", "2 months ago")]
    public void A_posting_age_is_counted_in_utc_calendar_days(string now, string published, string text) =>
        Assert.Equal(text, JobDates.Ago(Utc(published), Utc(now)));

    [Fact]
    public async Task A_search_with_only_defaults_is_canonically_the_bare_search_page()
    {
        var (_, page) = await GetPageAsync("/jobs?sort=newest&page=1");

        Assert.Equal(CareersSite.PublicOrigin + "/jobs", page.QuerySelector("link[rel=canonical]")!.GetAttribute("href"));
    }

    private static DateTime Utc(string value) =>
        DateTime.Parse(value, System.Globalization.CultureInfo.InvariantCulture, System.Globalization.DateTimeStyles.AdjustToUniversal);
}
