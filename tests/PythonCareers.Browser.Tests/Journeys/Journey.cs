using Microsoft.Playwright;
using PythonCareers.Browser.Tests.Infrastructure;
using PythonCareers.Core.Accounts;
using PythonCareers.Web.Tests.Infrastructure;

namespace PythonCareers.Browser.Tests.Journeys;

/// <summary>
/// What the journeys share: the parts of a page people find first (the main navigation, the main content), signing in
/// through the site's own pages, and the other people of a journey (an editor, a job seeker), each in a browser of their own.
/// </summary>
public abstract class Journey(BrowserSite site) : BrowserTest(site)
{
    protected const string EditorEmail = "editor@pythoncareers.example";

    protected static ILocator MainNavigation(IPage page) => page.GetByRole(AriaRole.Navigation, new() { Name = "Main" });

    protected static ILocator Content(IPage page) => page.GetByRole(AriaRole.Main);

    protected static ILocator Heading(IPage page) => page.GetByRole(AriaRole.Heading, new() { Level = 1 });

    /// <summary>Signs in from the home page through the main navigation's link, as a person with an account does.</summary>
    protected static async Task SignInAsync(IPage page, string email)
    {
        ArgumentNullException.ThrowIfNull(page);
        await page.GotoAsync("/");
        await MainNavigation(page).GetByRole(AriaRole.Link, new() { Name = "Sign in" }).ClickAsync();
        await page.SubmitSignInAsync(email);
    }

    /// <summary>An editor with an account, signed in in a browser of their own: the moderation queue is where they land.</summary>
    protected async Task<IBrowserContext> EditorAsync()
    {
        await Site.CreateUserAsync(EditorEmail, Visitor.StrongPassword, CareerRoles.Editor);
        var context = await NewContextAsync(DesktopWidth, 800);
        await SignInAsync(await context.NewPageAsync(), EditorEmail);
        return context;
    }

    /// <summary>The editor approves the posting or change called <paramref name="title"/> from the moderation queue.</summary>
    protected static async Task ApproveAsync(IPage editor, string title)
    {
        ArgumentNullException.ThrowIfNull(editor);
        await editor.GetByRole(AriaRole.Navigation, new() { Name = "Admin" }).GetByRole(AriaRole.Link, new() { Name = "Moderation" }).ClickAsync();
        await editor.GetByRole(AriaRole.Link, new() { Name = title, Exact = true }).ClickAsync();
        await Assertions.Expect(Heading(editor)).ToHaveTextAsync(title);
        await editor.GetByRole(AriaRole.Button, new() { Name = "Approve" }).ClickAsync();
        await Assertions.Expect(Heading(editor)).ToHaveTextAsync("Moderation queue");
        await Assertions.Expect(Content(editor).GetByRole(AriaRole.Link, new() { Name = title, Exact = true })).ToHaveCountAsync(0);
    }

    /// <summary>The job seeker goes from the home page to every open job.</summary>
    protected static async Task OpenJobsAsync(IPage seeker)
    {
        ArgumentNullException.ThrowIfNull(seeker);
        await seeker.GotoAsync("/");
        await MainNavigation(seeker).GetByRole(AriaRole.Link, new() { Name = "Jobs", Exact = true }).ClickAsync();
        await Assertions.Expect(Heading(seeker)).ToHaveTextAsync("Python jobs");
    }
}
