using System.Text.RegularExpressions;
using Microsoft.Playwright;
using PythonCareers.Browser.Tests.Infrastructure;
using PythonCareers.Web.Tests.Infrastructure;

namespace PythonCareers.Browser.Tests.Journeys;

public sealed partial class RecruiterJourneyTests(BrowserSite site) : Journey(site)
{
    private const string Email = "hiring@snakeoil.example";
    private const string Title = "Senior Django Developer";
    private const string ChangedTitle = "Lead Django Developer";

    [Fact]
    public async Task A_recruiter_signs_up_fixes_a_mistake_and_sees_the_posting_and_its_changes_live_only_once_approved()
    {
        await using var seeing = await NewContextAsync(DesktopWidth, 800);
        var seeker = await seeing.NewPageAsync();
        await using var editing = await EditorAsync();
        var editor = editing.Pages[0];

        await SignUpAsync();
        await Page.GetByRole(AriaRole.Link, new() { Name = "Post a new role" }).ClickAsync();
        await FillPostingAsync(Page, salaryMax: "7000");
        await Page.GetByRole(AriaRole.Button, new() { Name = "Save and send for review" }).ClickAsync();

        // The refused form comes back with the message next to the field in error, and the focus on that field.
        var highest = Page.GetByLabel("To", new() { Exact = true });
        await Assertions.Expect(highest).ToBeFocusedAsync();
        await Assertions.Expect(highest).ToHaveAttributeAsync("aria-invalid", "true");
        await Assertions.Expect(highest).ToHaveAccessibleDescriptionAsync("The highest pay must not be below the lowest.");
        Assert.Equal("The highest pay must not be below the lowest.", await highest.EvaluateAsync<string>("field => field.nextElementSibling.textContent"));
        await Assertions.Expect(Page.GetByLabel("Title", new() { Exact = true })).ToHaveValueAsync(Title);

        await highest.FillAsync("90000");
        await Page.GetByRole(AriaRole.Button, new() { Name = "Save and send for review" }).ClickAsync();
        await Assertions.Expect(Heading(Page)).ToHaveTextAsync(Title);
        await Assertions.Expect(Content(Page)).ToContainTextAsync("In review");

        // Not live before an editor approves it; live for the job seeker the moment they do, though the board was cached.
        await OpenJobsAsync(seeker);
        await Assertions.Expect(seeker.GetByRole(AriaRole.Link, new() { Name = Title })).ToHaveCountAsync(0);
        await ApproveAsync(editor, Title);
        await Page.ReloadAsync();
        await Assertions.Expect(Content(Page)).ToContainTextAsync("Published");
        await Page.GetByRole(AriaRole.Link, new() { Name = "See it as job seekers do" }).ClickAsync();
        await Assertions.Expect(Heading(Page)).ToHaveTextAsync(Title);
        await OpenJobsAsync(seeker);
        await seeker.GetByRole(AriaRole.Link, new() { Name = Title }).ClickAsync();
        await Assertions.Expect(Heading(seeker)).ToHaveTextAsync(Title);

        // A change to the live posting waits for review; job seekers keep seeing the live version until it is approved.
        await Page.GoBackAsync();
        await Page.GetByRole(AriaRole.Link, new() { Name = "Edit", Exact = true }).ClickAsync();
        await Assertions.Expect(Content(Page)).ToContainTextAsync("This posting is live.");
        await Page.GetByLabel("Title", new() { Exact = true }).FillAsync(ChangedTitle);
        await Page.GetByRole(AriaRole.Button, new() { Name = "Send changes for review" }).ClickAsync();
        await Assertions.Expect(Content(Page)).ToContainTextAsync("Your changes are waiting for review.");
        await seeker.ReloadAsync();
        await Assertions.Expect(Heading(seeker)).ToHaveTextAsync(Title);

        await ApproveAsync(editor, ChangedTitle);
        await seeker.ReloadAsync();
        await Assertions.Expect(Heading(seeker)).ToHaveTextAsync(ChangedTitle);
        await Assertions.Expect(seeker).ToHaveURLAsync(LeadDjangoDeveloperPage());
    }

    /// <summary>From the home page to a confirmed recruiter account, signed in on the recruiter's postings.</summary>
    private async Task SignUpAsync()
    {
        await Page.GotoAsync("/");
        await MainNavigation(Page).GetByRole(AriaRole.Link, new() { Name = "Sign in" }).ClickAsync();
        await Page.GetByRole(AriaRole.Link, new() { Name = "Create a recruiter account" }).ClickAsync();
        await Page.GetByLabel("Work email").FillAsync(Email);
        await Page.GetByLabel("Password").FillAsync(Visitor.StrongPassword);
        await Page.GetByLabel("Name", new() { Exact = true }).FillAsync("Snake Oil GmbH");
        await Page.GetByLabel("Website").FillAsync("https://snakeoil.example");
        await Page.GetByLabel("What the company does").FillAsync("We build Python tools.");
        await Page.GetByRole(AriaRole.Button, new() { Name = "Create account" }).ClickAsync();
        await Assertions.Expect(Content(Page)).ToContainTextAsync("Follow the link in it to confirm the address");

        await Page.GotoAsync(CareersSite.LinkIn(Assert.Single(await Site.MailToAsync(Email)), "/account/confirm-email").AbsoluteUri);
        await Page.GetByRole(AriaRole.Button, new() { Name = "Confirm my address" }).ClickAsync();
        await Assertions.Expect(Content(Page)).ToContainTextAsync("Your address is confirmed.");

        await SignInAsync(Page, Email);
        await Assertions.Expect(Heading(Page)).ToHaveTextAsync("Your postings");
    }

    private static async Task FillPostingAsync(IPage page, string salaryMax)
    {
        await page.GetByLabel("Title", new() { Exact = true }).FillAsync(Title);
        await page.GetByLabel("Role profile").SelectOptionAsync(new SelectOptionValue { Label = "Python Web Developer" });
        await page.GetByLabel("Employment type").SelectOptionAsync(new SelectOptionValue { Label = "Full-time" });
        await page.GetByLabel("Level", new() { Exact = true }).SelectOptionAsync(new SelectOptionValue { Label = "Senior" });
        await page.GetByLabel("City").FillAsync("Berlin");
        await page.GetByLabel("Country", new() { Exact = true }).SelectOptionAsync(new SelectOptionValue { Label = "Germany" });
        await page.GetByLabel("Workplace").SelectOptionAsync(new SelectOptionValue { Label = "Hybrid" });
        await page.GetByLabel("From", new() { Exact = true }).FillAsync("70000");
        await page.GetByLabel("To", new() { Exact = true }).FillAsync(salaryMax);
        await page.GetByLabel("Currency").SelectOptionAsync(new SelectOptionValue { Label = "EUR" });
        await page.GetByLabel("Per", new() { Exact = true }).SelectOptionAsync(new SelectOptionValue { Label = "year" });
        await page.GetByLabel("Description (Markdown)").FillAsync("Build **Django** services for our platform.");
        await page.GetByRole(AriaRole.Checkbox, new() { Name = "Django", Exact = true }).CheckAsync();
        await page.GetByLabel("Application page").FillAsync("https://jobs.snakeoil.example/apply");
    }

    [GeneratedRegex("/jobs/[0-9]+/lead-django-developer$")]
    private static partial Regex LeadDjangoDeveloperPage();
}
