using System.Net;
using System.Text;
using System.Text.Json;
using AngleSharp.Html.Dom;
using Microsoft.EntityFrameworkCore;
using PythonCareers.Core.Accounts;
using PythonCareers.Core.Jobs;
using PythonCareers.Web.Tests.Infrastructure;

namespace PythonCareers.Web.Tests.Companies;

/// <summary>The public page of each company at /companies/{slug}, and how every posting links to it.</summary>
public sealed class CompanyPageTests(CareersSite site) : SiteTest(site)
{
    [Fact]
    public async Task The_page_shows_the_profile_the_live_postings_and_how_many_were_posted_in_all()
    {
        await using var db = Site.CreateContext();
        var recruiter = await TestPostings.RecruiterAsync(db);
        var live = await TestPostings.PostingAsync(db, recruiter, PostingStatus.Published, TestPostings.Details("Django Developer"));
        await TestPostings.PostingAsync(db, recruiter, PostingStatus.Filled, TestPostings.Details("Filled Developer"));
        await TestPostings.PostingAsync(db, recruiter, PostingStatus.Expired, TestPostings.Details("Expired Developer"));
        await TestPostings.PostingAsync(db, recruiter, PostingStatus.InReview, TestPostings.Details("Unreviewed Developer"));
        var other = await TestPostings.RecruiterAsync(db, "other@example.com", "Other Company");
        await TestPostings.PostingAsync(db, other, PostingStatus.Published, TestPostings.Details("Someone Else's Developer"));

        var (response, page) = await GetPageAsync("/companies/snake-oil-gmbh");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("Snake Oil GmbH", page.QuerySelector("h1")!.TextContent);
        Assert.Equal("We make Python tools.", page.QuerySelector(".company-description")!.TextContent);
        var website = page.QuerySelector("a.company-website")!;
        Assert.Equal(("https://example.com/", "external nofollow noopener"), (website.GetAttribute("href"), website.GetAttribute("rel")));
        Assert.Equal([$"/jobs/{live.Id}/django-developer"], page.QuerySelectorAll("ol.postings h3 a").Select(a => a.GetAttribute("href")));
        Assert.Equal("1 job", page.QuerySelector(".open-count")!.TextContent);
        Assert.Equal("3 jobs", page.QuerySelector(".posted-in-all")!.TextContent);
        Assert.Equal($"{CareersSite.PublicOrigin}/companies/snake-oil-gmbh", page.QuerySelector("link[rel=canonical]")!.GetAttribute("href"));
    }

    [Fact]
    public async Task The_page_carries_schema_org_Organization_that_no_name_can_break_out_of()
    {
        const string Hostile = "</script><script>alert(1)</script> & \"Sons\"";
        await using var db = Site.CreateContext();
        await TestPostings.RecruiterAsync(db, company: Hostile);

        var (response, page) = await GetPageAsync("/companies/script-script-alert-1-script-sons");
        var scripts = page.QuerySelectorAll("script").ToList();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var script = Assert.Single(scripts);
        Assert.Equal("application/ld+json", script.GetAttribute("type"));
        using var json = JsonDocument.Parse(script.TextContent);
        Assert.Equal("Organization", json.RootElement.GetProperty("@type").GetString());
        Assert.Equal(Hostile, json.RootElement.GetProperty("name").GetString());
        Assert.Equal("We make Python tools.", json.RootElement.GetProperty("description").GetString());
        Assert.Equal($"{CareersSite.PublicOrigin}/companies/script-script-alert-1-script-sons", json.RootElement.GetProperty("url").GetString());
        Assert.Equal("https://example.com/", json.RootElement.GetProperty("sameAs").GetString());
    }

    [Fact]
    public async Task Each_company_gets_a_slug_of_its_own_from_its_name()
    {
        await using var db = Site.CreateContext();
        string[] names = ["Snake Oil GmbH", "Snake  Oil GmbH!", "Café Société", "😀😀", "株式会社", "snake-oil-gmbh-2"];
        foreach (var name in names)
        {
            await TestPostings.RecruiterAsync(db, $"{Guid.NewGuid():N}@example.com", name);
        }

        var slugs = await db.Companies.OrderBy(c => c.Id).Select(c => c.Slug).ToListAsync();

        Assert.Equal(["snake-oil-gmbh", "snake-oil-gmbh-2", "cafe-societe", "company", "company-2", "snake-oil-gmbh-2-2"], slugs);
    }

    [Fact]
    public async Task Every_posting_links_its_company_on_its_page_in_search_results_and_on_its_role_page()
    {
        await using var db = Site.CreateContext();
        var recruiter = await TestPostings.RecruiterAsync(db);
        var posting = await TestPostings.PostingAsync(db, recruiter);
        const string CompanyPage = "a[href='/companies/snake-oil-gmbh']";

        var (_, postingPage) = await GetPageAsync($"/jobs/{posting.Id}/{posting.Slug}");
        var (_, results) = await GetPageAsync("/jobs");
        var (_, rolePage) = await GetPageAsync("/roles/python-web-developer");

        Assert.Equal("Snake Oil GmbH", postingPage.QuerySelector($".lead {CompanyPage}")?.TextContent);
        Assert.Equal("Snake Oil GmbH", postingPage.QuerySelector($".posting-details {CompanyPage}")?.TextContent);
        Assert.Equal("Snake Oil GmbH", results.QuerySelector($".posting-company {CompanyPage}")?.TextContent);
        Assert.Equal("Snake Oil GmbH", rolePage.QuerySelector($".posting-company {CompanyPage}")?.TextContent);
    }

    [Theory]
    [InlineData("/companies/no-such-company")]
    [InlineData("/companies/Not_A_Slug")]
    public async Task An_unknown_company_is_the_sites_404_page(string path)
    {
        var (response, page) = await GetPageAsync(path);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("Page not found", page.QuerySelector("h1")!.TextContent);
    }

    [Fact]
    public async Task A_recruiter_edits_their_company_and_its_page_postings_and_search_show_it_at_once()
    {
        var (recruiter, user) = await Site.SignUpAsync();
        using var _ = recruiter;
        await using var db = Site.CreateContext();
        var posting = await TestPostings.PostingAsync(db, user);
        using var seeker = Site.NewVisitor();
        Assert.Equal("Snake Oil GmbH", (await seeker.GetAsync("/companies/snake-oil-gmbh")).Page.QuerySelector("h1")!.TextContent);
        Assert.Contains("Snake Oil GmbH", (await seeker.GetAsync($"/jobs/{posting.Id}/{posting.Slug}")).Page.Title, StringComparison.Ordinal);

        var (saved, _) = await recruiter.SubmitAsync("/recruiter/company", "/recruiter/company", Profile("Serpent Labs 🐍", "https://serpent.example/", "=HYPERLINK(\"https://evil.example\") <b>we</b> build tools"));

        Assert.Equal((HttpStatusCode.Redirect, "/companies/snake-oil-gmbh"), (saved.StatusCode, saved.Headers.Location?.OriginalString));
        var (companyPage, page) = await seeker.GetAsync("/companies/snake-oil-gmbh");
        Assert.False(companyPage.Headers.Age.HasValue, "the edit evicts the cached company page");
        Assert.Equal("Serpent Labs 🐍", page.QuerySelector("h1")!.TextContent);
        Assert.Equal("=HYPERLINK(\"https://evil.example\") <b>we</b> build tools", page.QuerySelector(".company-description")!.TextContent);
        Assert.Null(page.QuerySelector(".company-description b"));
        Assert.Equal("https://serpent.example/", page.QuerySelector("a.company-website")!.GetAttribute("href"));
        Assert.Contains("Serpent Labs 🐍", (await seeker.GetAsync($"/jobs/{posting.Id}/{posting.Slug}")).Page.Title, StringComparison.Ordinal);
        Assert.Equal([$"/jobs/{posting.Id}/{posting.Slug}"], (await seeker.GetAsync("/jobs?q=serpent")).Page.QuerySelectorAll("ol.postings h3 a").Select(a => a.GetAttribute("href")));
    }

    [Fact]
    public async Task The_form_edits_only_the_recruiters_own_company_whatever_it_names()
    {
        var (recruiter, _) = await Site.SignUpAsync();
        using var _ = recruiter;
        await using var db = Site.CreateContext();
        var other = await TestPostings.RecruiterAsync(db, "other@example.com", "Other Company");
        var otherId = other.CompanyId!.Value.ToString(System.Globalization.CultureInfo.InvariantCulture);

        var fields = Profile("Renamed", "https://renamed.example", "Renamed.").Concat(Visitor.Fields(("Id", otherId), ("CompanyId", otherId), ("Slug", "other-company")));
        var (saved, _) = await recruiter.SubmitAsync($"/recruiter/company?id={otherId}", $"/recruiter/company?id={otherId}&companyId={otherId}", fields);

        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        var companies = await db.Companies.OrderBy(c => c.Id).Select(c => new { c.Slug, c.Name }).ToListAsync();
        Assert.Equal([new { Slug = "snake-oil-gmbh", Name = "Renamed" }, new { Slug = "other-company", Name = "Other Company" }], companies);
    }

    public static TheoryData<string, string, string> BadProfiles => new()
    {
        { "Name", "", "Enter your company's name." },
        { "Name", new string('x', Company.NameMaxLength + 1), "at most" },
        { "Website", "javascript:alert(1)", "Enter a full web address" },
        { "Website", "https://example.com/" + new string('x', 300), "at most" },
        { "Description", new string('x', 100_000), "at most" },
        { "Description", "tab\tand\nline are fine but bell\u0007 is not", "control character" },
    };

    [Theory]
    [MemberData(nameof(BadProfiles))]
    public async Task A_bad_value_is_refused_with_a_400_and_a_message_next_to_its_field_and_nothing_changes(string field, string value, string message)
    {
        var (recruiter, _) = await Site.SignUpAsync();
        using var _ = recruiter;
        var fields = Profile("Good Name", "https://good.example", "Good.").Select(f => f.Key == field ? new KeyValuePair<string, string>(field, value) : f);

        var (response, page) = await recruiter.SubmitAsync("/recruiter/company", "/recruiter/company", fields);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains(message, FieldError(page, field), StringComparison.Ordinal);
        await AssertUnchangedAsync();
    }

    [Fact]
    public async Task A_NUL_byte_is_refused_with_a_400_and_nothing_changes()
    {
        var (recruiter, _) = await Site.SignUpAsync();
        using var _ = recruiter;

        var (response, page) = await recruiter.SubmitAsync("/recruiter/company", "/recruiter/company", Profile("Snake\0Oil", "https://good.example", "Good."));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("That request was not valid", page.QuerySelector("h1")!.TextContent);
        await AssertUnchangedAsync();
    }

    /// <summary>The form reader decodes broken UTF-8 (half a surrogate pair) to U+FFFD, as on every form: no half pair reaches the database.</summary>
    [Fact]
    public async Task A_lone_surrogate_in_raw_bytes_arrives_as_the_replacement_character()
    {
        var (recruiter, _) = await Site.SignUpAsync();
        using var _ = recruiter;
        var token = Uri.EscapeDataString(await recruiter.AntiforgeryTokenAsync("/recruiter/company"));
        var body = Encoding.ASCII.GetBytes($"__RequestVerificationToken={token}&Website=https%3A%2F%2Fgood.example&Description=Good.&Name=a")
            .Concat(new byte[] { 0xED, 0xA0, 0x80 }).ToArray();
        using var content = new ByteArrayContent(body);
        content.Headers.ContentType = new("application/x-www-form-urlencoded");

        using var response = await recruiter.Client.PostAsync(new Uri("/recruiter/company", UriKind.Relative), content);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        await using var db = Site.CreateContext();
        Assert.Matches("^a\uFFFD+$", (await db.Companies.SingleAsync()).Name);
    }

    [Fact]
    public async Task A_post_without_the_antiforgery_token_is_refused_and_changes_nothing()
    {
        var (recruiter, _) = await Site.SignUpAsync();
        using var _ = recruiter;

        var (response, _) = await recruiter.PostAsync("/recruiter/company", Profile("Forged", "https://forged.example", "Forged."));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        await AssertUnchangedAsync();
    }

    [Fact]
    public async Task The_profile_form_shows_the_company_as_it_is_stored()
    {
        var (recruiter, _) = await Site.SignUpAsync();
        using var _ = recruiter;

        var (response, page) = await recruiter.GetAsync("/recruiter/company");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("Snake Oil GmbH", page.QuerySelector("input[name=Name]")!.GetAttribute("value"));
        Assert.Equal("https://snakeoil.example", page.QuerySelector("input[name=Website]")!.GetAttribute("value"));
        Assert.Equal("We build Python tools.", page.QuerySelector("textarea[name=Description]")!.TextContent.Trim());
        Assert.NotNull(page.QuerySelector("a[href='/companies/snake-oil-gmbh']"));
    }

    private static List<KeyValuePair<string, string>> Profile(string name, string website, string description) =>
        [.. Visitor.Fields(("Name", name), ("Website", website), ("Description", description))];

    private static string FieldError(IHtmlDocument page, string field)
    {
        var input = page.QuerySelector($"[name={field}]")!;
        var described = input.GetAttribute("aria-describedby")!.Split(' ');
        return string.Join(" ", described.Select(id => page.GetElementById(id)?.TextContent));
    }

    private async Task AssertUnchangedAsync()
    {
        await using var db = Site.CreateContext();
        var company = await db.Companies.SingleAsync();
        Assert.Equal(("Snake Oil GmbH", "https://snakeoil.example", "We build Python tools."), (company.Name, company.Website, company.Description));
    }
}
