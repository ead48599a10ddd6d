using System.Text.RegularExpressions;
using System.Xml.Linq;
using Microsoft.EntityFrameworkCore;
using Microsoft.Playwright;
using PythonCareers.Browser.Tests.Infrastructure;
using PythonCareers.Core.Jobs;
using PythonCareers.Web.Tests.Infrastructure;

namespace PythonCareers.Browser.Tests.Journeys;

public sealed partial class JobSeekerJourneyTests(BrowserSite site) : Journey(site)
{
    private const string Email = "seeker@example.com";
    private const string Match = "Remote Django Developer";

    [Fact]
    public async Task A_job_seeker_reads_a_role_compares_it_searches_opens_a_posting_and_follows_the_search_by_email_and_rss()
    {
        await PostAsync(Match, "DE", Workplace.Remote);
        await PostAsync("Django Developer in the office", "DE", Workplace.OnSite);
        await PostAsync("Remote Django Developer in Austria", "AT", Workplace.Remote);
        await PostAsync("Remote Flask Developer", "DE", Workplace.Remote, flask: true);

        // A role, its salary chart and its skills.
        await Page.GotoAsync("/");
        await Page.GetByRole(AriaRole.Region, new() { Name = "Roles" }).GetByRole(AriaRole.Link, new() { Name = "Python Programmer" }).ClickAsync();
        await Assertions.Expect(Heading(Page)).ToHaveTextAsync("Python Programmer");
        await Page.GetByRole(AriaRole.Link, new() { Name = "Salary details and chart for Python Programmer" }).ClickAsync();
        await Assertions.Expect(Heading(Page)).ToHaveTextAsync("Python Programmer salary");
        var chart = Page.GetByRole(AriaRole.Img, new() { Name = "Employed pay in EUR a year", Exact = true });
        await Assertions.Expect(chart).ToHaveAccessibleDescriptionAsync(new Regex("on a scale from 0 to .*the table below gives the same numbers"));
        await Assertions.Expect(Page.GetByRole(AriaRole.Table).First).ToContainTextAsync("EUR 20,000");
        await Page.GetByRole(AriaRole.Link, new() { Name = "Python Programmer role profile" }).ClickAsync();
        await Page.GetByRole(AriaRole.Region, new() { Name = "Skills it needs" }).GetByRole(AriaRole.Link, new() { Name = "Django" }).ClickAsync();
        await Assertions.Expect(Heading(Page)).ToHaveTextAsync("Django");
        await Assertions.Expect(Content(Page).GetByRole(AriaRole.Link, new() { Name = "Python Programmer" }).First).ToBeVisibleAsync();

        // Two roles compared.
        await Page.GoBackAsync();
        await Page.GetByRole(AriaRole.Combobox, new() { Name = "Compare Python Programmer with", Exact = true }).SelectOptionAsync(new SelectOptionValue { Label = "Data Scientist" });
        await Page.GetByRole(AriaRole.Button, new() { Name = "Compare", Exact = true }).ClickAsync();
        await Assertions.Expect(Heading(Page)).ToHaveTextAsync("Python Programmer and Data Scientist compared");
        await Assertions.Expect(Page.GetByRole(AriaRole.Region, new() { Name = "Skills" })).ToContainTextAsync("Only Data Scientist needs");

        // A search with a keyword and two facets.
        await OpenJobsAsync(Page);
        await Page.GetByLabel("Keywords").FillAsync("django");
        await ChooseAsync(Page.GetByLabel("Country the job is based in"), "Germany");
        await ChooseAsync(Page.GetByLabel("Workplace"), "Remote");
        await Page.GetByRole(AriaRole.Button, new() { Name = "Search", Exact = true }).ClickAsync();
        // The form's empty fields fall away on the way: the search arrives at its own short address.
        await Assertions.Expect(Page).ToHaveURLAsync(new Regex("/jobs\\?q=django&country=de&workplace=remote$"));
        var results = Page.GetByRole(AriaRole.Region, new() { Name = "1 job matching “django”" });
        await Assertions.Expect(results.GetByRole(AriaRole.Link, new() { Name = Match, Exact = true })).ToBeVisibleAsync();
        await Assertions.Expect(results.GetByRole(AriaRole.Link, new() { Name = "Developer" })).ToHaveCountAsync(1);
        var search = Page.Url;
        var searchPath = new Uri(Site.Origin, "/jobs?q=django&country=de&workplace=remote").AbsoluteUri;

        // The posting and how it compares with the market.
        await results.GetByRole(AriaRole.Link, new() { Name = Match, Exact = true }).ClickAsync();
        await Assertions.Expect(Heading(Page)).ToHaveTextAsync(Match);
        var market = Page.GetByRole(AriaRole.Region, new() { Name = "This offer against the market" });
        await Assertions.Expect(market).ToContainTextAsync("This posting pays EUR 70,000-90,000 a year");
        await Assertions.Expect(market.GetByRole(AriaRole.Table, new() { Name = "Python Programmer pay in Germany" })).ToContainTextAsync("EUR 20,000");

        // An alert for the search, confirmed from the email.
        await Page.GoBackAsync();
        await Page.GetByRole(AriaRole.Link, new() { Name = "Email me new jobs like these" }).ClickAsync();
        await Assertions.Expect(Content(Page)).ToContainTextAsync("“django”, Germany, remote");
        await Page.GetByLabel("Email").FillAsync(Email);
        await Page.GetByRole(AriaRole.Button, new() { Name = "Send me new jobs" }).ClickAsync();
        await Assertions.Expect(Heading(Page)).ToHaveTextAsync("Check your email");
        await Page.GotoAsync(CareersSite.LinkIn(Assert.Single(await Site.MailToAsync(Email)), "/alerts/confirm").AbsoluteUri);
        await Page.GetByRole(AriaRole.Button, new() { Name = "Confirm my alert" }).ClickAsync();
        await Assertions.Expect(Heading(Page)).ToHaveTextAsync("Your job alerts");
        await Assertions.Expect(Content(Page).GetByRole(AriaRole.Listitem)).ToContainTextAsync("“django”, Germany, remote (daily)");

        // The search's RSS link leads to the feed of that search. A browser offers a feed as a download, so the test
        // follows the link with the page's own request context and reads the feed as a reader would.
        await Page.GotoAsync(search);
        var rss = Page.GetByRole(AriaRole.Link, new() { Name = "New jobs like these as an RSS feed" });
        await Assertions.Expect(rss).ToBeVisibleAsync();
        var feedLink = await rss.GetAttributeAsync("href");
        var response = await Page.APIRequest.GetAsync(feedLink!);
        Assert.Equal(200, response.Status);
        Assert.StartsWith("application/rss+xml", response.Headers["content-type"], StringComparison.Ordinal);
        var channel = XDocument.Parse(await response.TextAsync()).Root!.Element("channel")!;
        Assert.Equal(searchPath, channel.Element("link")!.Value);
        Assert.Equal([$"{Match} at Snake Oil GmbH"], channel.Elements("item").Select(item => item.Element("title")!.Value));
    }

    /// <summary>Picks the option a person reads as <paramref name="name"/>, whatever count the facet shows beside it.</summary>
    private static async Task ChooseAsync(ILocator select, string name)
    {
        var label = await select.GetByRole(AriaRole.Option, new() { Name = name }).TextContentAsync();
        await select.SelectOptionAsync(new SelectOptionValue { Label = label!.Trim() });
    }

    /// <summary>A live Django posting of a Python Programmer, or with <paramref name="flask"/> one that names no Django anywhere.</summary>
    private async Task PostAsync(string title, string country, Workplace workplace, bool flask = false)
    {
        await using var db = Site.CreateContext();
        var recruiter = await db.Users.FirstOrDefaultAsync(u => u.Email == "recruiter@example.com") ?? await TestPostings.RecruiterAsync(db);
        var django = await db.Skills.Where(s => s.Slug == "django").Select(s => s.Id).SingleAsync();
        var details = TestPostings.Details(title) with
        {
            CountryCode = country,
            City = country == "DE" ? "Berlin" : "Vienna",
            Workplace = workplace,
            RemoteCountries = workplace == Workplace.Remote ? [country] : [],
            SkillIds = flask ? [] : [django],
            Description = flask ? "Build **Flask** services for our platform." : TestPostings.Details().Description,
        };
        await TestPostings.PostingAsync(db, recruiter, PostingStatus.Published, details, role: "python-programmer");
    }
}
