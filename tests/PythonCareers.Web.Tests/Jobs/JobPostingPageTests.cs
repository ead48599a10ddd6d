using System.Globalization;
using System.Net;
using AngleSharp.Html.Dom;
using PythonCareers.Core.Jobs;
using PythonCareers.Core.Salaries;
using PythonCareers.Web.Tests.Infrastructure;

namespace PythonCareers.Web.Tests.Jobs;

public sealed class JobPostingPageTests(CareersSite site) : SiteTest(site)
{
    private readonly JobBoard board = new(site);

    public static TheoryData<PostingStatus> NeverPublic => [PostingStatus.Draft, PostingStatus.InReview, PostingStatus.Rejected, PostingStatus.Withdrawn];

    public static TheoryData<string, string> Closings => new()
    {
        { "expired", "It closed on" },
        { "filled", "The position has been filled." },
        { "withdrawn", "The employer withdrew this posting." },
        { "past its closing time", "It closed on" },
    };

    [Fact]
    public async Task The_posting_page_shows_every_fact_of_the_posting()
    {
        var skills = await board.SkillIdsAsync("django", "docker");
        var posting = await board.PostAsync(
            "Senior Python Developer",
            d => d with { SkillIds = skills, VisaSponsorship = false, Relocation = true, ApplyEmail = "jobs@example.com", Description = "Build **Django** services for our platform." },
            role: "python-programmer");

        var (response, page) = await GetPageAsync($"/jobs/{posting.Id}/senior-python-developer");
        var details = Details(page);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("Senior Python Developer", page.QuerySelector("h1")!.TextContent);
        Assert.Equal("Senior Python Developer at Snake Oil GmbH | PythonCareers", page.Title);
        Assert.Contains("Python Programmer, senior, Berlin, Germany", page.QuerySelector("meta[name=description]")!.GetAttribute("content"), StringComparison.Ordinal);
        Assert.Equal($"{CareersSite.PublicOrigin}/jobs/{posting.Id}/senior-python-developer", page.QuerySelector("link[rel=canonical]")!.GetAttribute("href"));
        Assert.Equal("Snake Oil GmbH", details["Company"]);
        Assert.Equal("Python Programmer", details["Role"]);
        Assert.NotNull(page.QuerySelector(".posting-details a[href='/roles/python-programmer']"));
        Assert.Equal("Senior", details["Level"]);
        Assert.Equal("Full-time", details["Employment type"]);
        Assert.Equal("Hybrid", details["Workplace"]);
        Assert.Equal("Berlin, Germany", details["Location"]);
        Assert.Equal("EUR 70,000-90,000 a year", details["Salary"]);
        Assert.Equal("No", details["Visa sponsorship"]);
        Assert.Equal("Yes", details["Relocation help"]);
        Assert.Equal(DateText(posting.PublishedAt!.Value), details["Posted"]);
        Assert.Equal(DateText(posting.ExpiresAt!.Value), details["Closes"]);
        Assert.Equal("https://jobs.example.com/apply", page.QuerySelector("a.apply-link")!.GetAttribute("href"));
        Assert.Equal("mailto:jobs@example.com", page.QuerySelector("a.apply-email")!.GetAttribute("href"));
        Assert.Equal(["/skills/django", "/skills/docker"], page.QuerySelectorAll("#skills ~ ul a").Select(a => a.GetAttribute("href")));
        Assert.Equal("Build Django services for our platform.", page.QuerySelector(".description p")!.TextContent);
        Assert.Equal("Django", page.QuerySelector(".description p strong")!.TextContent);
    }

    [Fact]
    public async Task A_remote_posting_names_the_countries_it_accepts()
    {
        var posting = await board.PostAsync("Remote Developer", d => d with { Workplace = Workplace.Remote, RemoteCountries = ["DE", "AT", "PL"] });

        var (_, page) = await GetPageAsync(Path(posting));

        Assert.Equal("Remote, for applicants in Germany, Austria, Poland", Details(page)["Workplace"]);
    }

    [Fact]
    public async Task The_market_comparison_shows_the_role_figures_for_the_country_and_level_with_their_sources()
    {
        var posting = await board.PostAsync("Senior Python Developer", role: "python-programmer");

        var (_, page) = await GetPageAsync(Path(posting));
        var market = page.QuerySelector("section.market")!;
        var tables = market.QuerySelectorAll("table.salaries").ToList();

        Assert.Contains("This posting pays EUR 70,000-90,000 a year", market.TextContent, StringComparison.Ordinal);
        Assert.Equal(2, tables.Count);
        Assert.Equal("Python Programmer pay in Germany", tables[0].QuerySelector("caption")!.TextContent);
        var germany = Assert.Single(tables[0].QuerySelectorAll("tbody tr"));
        Assert.Contains("EUR 20,000-70,000 a year", germany.TextContent, StringComparison.Ordinal);
        Assert.Contains("All levels", germany.TextContent, StringComparison.Ordinal);
        Assert.Contains("freelancermap", germany.TextContent, StringComparison.Ordinal);
        Assert.Contains("November 2022", germany.TextContent, StringComparison.Ordinal);
        Assert.Equal("Python Programmer pay where the source names no country", tables[1].QuerySelector("caption")!.TextContent);
        Assert.All(tables[1].QuerySelectorAll("tbody tr"), row => Assert.Contains("Country not stated", row.TextContent, StringComparison.Ordinal));
        Assert.Contains("USD 74 (range USD 31-89) an hour", tables[1].TextContent, StringComparison.Ordinal);
        Assert.DoesNotContain("USD 107,000", market.TextContent, StringComparison.Ordinal);
        Assert.DoesNotContain("GBP", market.TextContent, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(JobLevel.Entry, "USD 58,000", "USD 107,000")]
    [InlineData(JobLevel.Senior, "USD 107,000", "USD 58,000")]
    [InlineData(JobLevel.Lead, "USD 107,000", "USD 58,000")]
    public async Task The_market_comparison_matches_the_level(JobLevel level, string shown, string notShown)
    {
        var posting = await board.PostAsync(
            "Python Developer",
            d => d with { Level = level, CountryCode = "US", City = "Austin", Currency = "USD" },
            role: "python-programmer");

        var (_, page) = await GetPageAsync(Path(posting));
        var inCountry = page.QuerySelector("section.market table.salaries")!.TextContent;

        Assert.Contains(shown, inCountry, StringComparison.Ordinal);
        Assert.Contains("USD 77,000", inCountry, StringComparison.Ordinal);
        Assert.DoesNotContain(notShown, inCountry, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_monthly_salary_is_shown_with_its_yearly_equivalent()
    {
        var posting = await board.PostAsync("Python Developer", d => d with { SalaryMin = 6_000m, SalaryMax = 7_500m, SalaryPeriod = PayPeriod.Month });

        var (_, page) = await GetPageAsync(Path(posting));

        Assert.Equal("EUR 6,000-7,500 a month (EUR 72,000-90,000 a year)", Details(page)["Salary"]);
    }

    [Theory]
    [InlineData("")]
    [InlineData("/")]
    [InlineData("/senior-java-developer")]
    [InlineData("/Senior-Python-Developer")]
    [InlineData("/%3Cscript%3E")]
    public async Task A_wrong_or_missing_slug_redirects_permanently_to_the_canonical_address(string suffix)
    {
        var posting = await board.PostAsync("Senior Python Developer");

        var (response, _) = await GetPageAsync($"/jobs/{posting.Id}{suffix}");

        Assert.Equal(HttpStatusCode.MovedPermanently, response.StatusCode);
        Assert.Equal($"/jobs/{posting.Id}/senior-python-developer", response.Headers.Location!.OriginalString);
    }

    [Theory]
    [MemberData(nameof(NeverPublic))]
    public async Task A_posting_that_was_never_public_is_not_found(PostingStatus status)
    {
        var posting = await board.PostAsync("Senior Python Developer", status: status);

        var (response, page) = await GetPageAsync(Path(posting));

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("Page not found", page.QuerySelector("h1")!.TextContent);
    }

    [Fact]
    public async Task A_revision_is_not_found_while_its_live_posting_is()
    {
        var original = await board.PostAsync("Senior Python Developer");
        JobPosting? revision = null;
        await board.ChangeAsync(original.Id, (posting, db) => db.JobPostings.Add(
            revision = posting.CreateRevision(posting.ToDetails() with { Title = "Lead Python Developer" }, posting.RoleTitle, [], DateTime.UtcNow)));

        var (revisionResponse, _) = await GetPageAsync($"/jobs/{revision!.Id}/lead-python-developer");
        var (originalResponse, _) = await GetPageAsync(Path(original));

        Assert.Equal(HttpStatusCode.NotFound, revisionResponse.StatusCode);
        Assert.Equal(HttpStatusCode.OK, originalResponse.StatusCode);
    }

    [Theory]
    [InlineData("/jobs/999999/anything")]
    [InlineData("/jobs/-1/anything")]
    [InlineData("/jobs/99999999999999999999/anything")]
    [InlineData("/jobs/abc/anything")]
    public async Task Unknown_posting_addresses_are_not_found(string path)
    {
        var (response, _) = await GetPageAsync(path);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Theory]
    [MemberData(nameof(Closings))]
    public async Task A_closed_posting_still_answers_but_says_it_is_no_longer_open(string how, string reason)
    {
        var posting = await board.PostAsync("Senior Python Developer", status: how == "expired" ? PostingStatus.Expired : PostingStatus.Published);
        switch (how)
        {
            case "filled":
                await board.ChangeAsync(posting.Id, (p, _) => p.MarkFilled(DateTime.UtcNow));
                break;
            case "withdrawn":
                await board.ChangeAsync(posting.Id, (p, _) => p.Withdraw(DateTime.UtcNow));
                break;
            case "past its closing time":
                await board.SqlAsync($"UPDATE job_postings SET expires_at = now() - interval '1 hour' WHERE id = {posting.Id}");
                break;
        }

        var (response, page) = await GetPageAsync(Path(posting));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var notice = page.QuerySelector(".closed-notice")!.TextContent;
        Assert.Contains("This job is no longer open", notice, StringComparison.Ordinal);
        Assert.Contains(reason, notice, StringComparison.Ordinal);
        Assert.Empty(page.QuerySelectorAll("script"));
        Assert.Null(page.QuerySelector("a.apply-link"));
        Assert.DoesNotContain("jobs.example.com", page.Body!.InnerHtml, StringComparison.Ordinal);
        Assert.Equal("Senior Python Developer", page.QuerySelector("h1")!.TextContent);
        var closed = DateTime.Parse(page.QuerySelector(".posting-details dt:last-of-type + dd time")!.GetAttribute("datetime")!, CultureInfo.InvariantCulture, DateTimeStyles.AdjustToUniversal);
        Assert.True(closed <= DateTime.UtcNow, "A closed posting gives the time it closed, not a closing time still to come.");
    }

    [Fact]
    public async Task A_stored_apply_address_that_breaks_the_form_rules_is_not_made_into_a_link()
    {
        var posting = await board.PostAsync("Senior Python Developer");
        await board.SqlAsync($"UPDATE job_postings SET apply_url = 'javascript:alert(1)', apply_email = 'jobs@example.com?bcc=everyone@example.com' WHERE id = {posting.Id}");

        var (_, page) = await GetPageAsync(Path(posting));

        Assert.Null(page.QuerySelector("a.apply-link"));
        Assert.Null(page.QuerySelector("a.apply-email"));
        Assert.DoesNotContain("javascript:", page.DocumentElement.OuterHtml, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task A_live_posting_page_sets_no_cookie()
    {
        var posting = await board.PostAsync("Senior Python Developer");

        var (response, _) = await GetPageAsync(Path(posting));

        Assert.False(response.Headers.Contains("Set-Cookie"));
    }

    internal static string Path(JobPosting posting) => $"/jobs/{posting.Id}/{posting.Slug}";

    private static string DateText(DateTime value) => value.ToString("d MMMM yyyy", CultureInfo.InvariantCulture);

    /// <summary>The posting's facts list, by label, with whitespace collapsed.</summary>
    private static Dictionary<string, string> Details(IHtmlDocument page) =>
        page.QuerySelectorAll(".posting-details dt").ToDictionary(
            dt => dt.TextContent.Trim(),
            dt => string.Join(' ', dt.NextElementSibling!.TextContent.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries)));
}
