using System.Text.Json;
using PythonCareers.Core.Jobs;
using PythonCareers.Core.Salaries;
using PythonCareers.Web.Tests.Infrastructure;

namespace PythonCareers.Web.Tests.Jobs;

public sealed class JobPostingJsonLdTests(CareersSite site) : SiteTest(site)
{
    private readonly JobBoard board = new(site);

    [Fact]
    public async Task An_on_site_posting_carries_complete_job_posting_structured_data()
    {
        var skills = await board.SkillIdsAsync("django");
        var posting = await board.PostAsync(
            "Senior Python Developer",
            d => d with { Workplace = Workplace.OnSite, SkillIds = skills, Description = "Build **Django** services." },
            role: "python-programmer");

        var json = await StructuredDataAsync(JobPostingPageTests.Path(posting));

        Assert.Equal("https://schema.org", json.GetProperty("@context").GetString());
        Assert.Equal("JobPosting", json.GetProperty("@type").GetString());
        Assert.Equal("Senior Python Developer", json.GetProperty("title").GetString());
        Assert.Equal("<p>Build <strong>Django</strong> services.</p>", json.GetProperty("description").GetString()!.Trim());
        Assert.Equal($"{CareersSite.PublicOrigin}/jobs/{posting.Id}/senior-python-developer", json.GetProperty("url").GetString());
        Assert.Equal(posting.PublishedAt!.Value, json.GetProperty("datePosted").GetDateTime(), TimeSpan.FromSeconds(1));
        Assert.Equal(posting.ExpiresAt!.Value, json.GetProperty("validThrough").GetDateTime(), TimeSpan.FromSeconds(1));
        Assert.EndsWith("Z", json.GetProperty("validThrough").GetString(), StringComparison.Ordinal);
        Assert.Equal("FULL_TIME", json.GetProperty("employmentType").GetString());
        Assert.False(json.GetProperty("directApply").GetBoolean());
        Assert.Equal("Django", json.GetProperty("skills").GetString());

        var organization = json.GetProperty("hiringOrganization");
        Assert.Equal("Organization", organization.GetProperty("@type").GetString());
        Assert.Equal("Snake Oil GmbH", organization.GetProperty("name").GetString());
        Assert.Equal("https://example.com", organization.GetProperty("sameAs").GetString());

        var location = json.GetProperty("jobLocation");
        Assert.Equal("Place", location.GetProperty("@type").GetString());
        Assert.Equal("PostalAddress", location.GetProperty("address").GetProperty("@type").GetString());
        Assert.Equal("Berlin", location.GetProperty("address").GetProperty("addressLocality").GetString());
        Assert.Equal("DE", location.GetProperty("address").GetProperty("addressCountry").GetString());
        Assert.False(json.TryGetProperty("jobLocationType", out _));
        Assert.False(json.TryGetProperty("applicantLocationRequirements", out _));

        var salary = json.GetProperty("baseSalary");
        Assert.Equal("MonetaryAmount", salary.GetProperty("@type").GetString());
        Assert.Equal("EUR", salary.GetProperty("currency").GetString());
        Assert.Equal("QuantitativeValue", salary.GetProperty("value").GetProperty("@type").GetString());
        Assert.Equal(70_000m, salary.GetProperty("value").GetProperty("minValue").GetDecimal());
        Assert.Equal(90_000m, salary.GetProperty("value").GetProperty("maxValue").GetDecimal());
        Assert.Equal("YEAR", salary.GetProperty("value").GetProperty("unitText").GetString());

        var identifier = json.GetProperty("identifier");
        Assert.Equal("PropertyValue", identifier.GetProperty("@type").GetString());
        Assert.Equal("PythonCareers", identifier.GetProperty("name").GetString());
        Assert.Equal(posting.Id.ToString(System.Globalization.CultureInfo.InvariantCulture), identifier.GetProperty("value").GetString());
    }

    [Fact]
    public async Task A_remote_posting_is_telecommute_with_the_countries_applicants_may_live_in()
    {
        var posting = await board.PostAsync(
            "Remote Python Contractor",
            d => d with { Workplace = Workplace.Remote, RemoteCountries = ["DE", "PL"], EmploymentType = EmploymentType.Contract, SalaryMin = 80.5m, SalaryMax = 95m, SalaryPeriod = PayPeriod.Hour });

        var json = await StructuredDataAsync(JobPostingPageTests.Path(posting));

        Assert.Equal("TELECOMMUTE", json.GetProperty("jobLocationType").GetString());
        var countries = json.GetProperty("applicantLocationRequirements").EnumerateArray().ToList();
        Assert.All(countries, c => Assert.Equal("Country", c.GetProperty("@type").GetString()));
        Assert.Equal(["Germany", "Poland"], countries.Select(c => c.GetProperty("name").GetString()));
        Assert.Equal("CONTRACTOR", json.GetProperty("employmentType").GetString());
        Assert.Equal("HOUR", json.GetProperty("baseSalary").GetProperty("value").GetProperty("unitText").GetString());
        Assert.Equal(80.5m, json.GetProperty("baseSalary").GetProperty("value").GetProperty("minValue").GetDecimal());
        Assert.Equal("DE", json.GetProperty("jobLocation").GetProperty("address").GetProperty("addressCountry").GetString());
    }

    [Theory]
    [InlineData(EmploymentType.PartTime, "PART_TIME")]
    [InlineData(EmploymentType.Freelance, "CONTRACTOR")]
    [InlineData(EmploymentType.Internship, "INTERN")]
    public async Task Employment_types_use_the_schema_org_names(EmploymentType type, string expected)
    {
        var posting = await board.PostAsync("Python Developer", d => d with { EmploymentType = type });

        var json = await StructuredDataAsync(JobPostingPageTests.Path(posting));

        Assert.Equal(expected, json.GetProperty("employmentType").GetString());
    }

    [Fact]
    public async Task Text_that_looks_like_markup_cannot_leave_the_structured_data()
    {
        var posting = await board.PostAsync(
            "Dev </script><script>alert(1)</script>",
            d => d with { City = "Berlin\"}<!--", Description = "</script><img src=x onerror=alert(1)>" });

        var (_, page) = await GetPageAsync(JobPostingPageTests.Path(posting));

        var script = Assert.Single(page.QuerySelectorAll("script"));
        Assert.Equal("application/ld+json", script.GetAttribute("type"));
        using var json = JsonDocument.Parse(script.TextContent);
        Assert.Equal("Dev </script><script>alert(1)</script>", json.RootElement.GetProperty("title").GetString());
        Assert.Equal("Berlin\"}<!--", json.RootElement.GetProperty("jobLocation").GetProperty("address").GetProperty("addressLocality").GetString());
        Assert.DoesNotContain("<", script.TextContent, StringComparison.Ordinal);
    }

    private async Task<JsonElement> StructuredDataAsync(string path)
    {
        var (_, page) = await GetPageAsync(path);
        var script = Assert.Single(page.QuerySelectorAll("script"), s => s.GetAttribute("type") == "application/ld+json");
        Assert.Single(page.QuerySelectorAll("script"));
        return JsonDocument.Parse(script.TextContent).RootElement.Clone();
    }
}
