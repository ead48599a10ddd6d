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

    [Fact]
    public async Task A_search_with_only_defaults_is_canonically_the_bare_search_page()
    {
        var (_, page) = await GetPageAsync("/jobs?sort=newest&page=1");

        Assert.Equal(CareersSite.PublicOrigin + "/jobs", page.QuerySelector("link[rel=canonical]")!.GetAttribute("href"));
    }
}
