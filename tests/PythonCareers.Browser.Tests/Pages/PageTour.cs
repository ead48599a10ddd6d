using System.Text.Json;
using Deque.AxeCore.Commons;
using Deque.AxeCore.Playwright;
using Microsoft.EntityFrameworkCore;
using Microsoft.Playwright;
using PythonCareers.Browser.Tests.Infrastructure;
using PythonCareers.Core.Accounts;
using PythonCareers.Core.Jobs;
using PythonCareers.Web.Tests.Infrastructure;

namespace PythonCareers.Browser.Tests.Pages;

/// <summary>
/// One walk over every page type, shared by the accessibility, phone-width and screenshot tests so that each page is
/// opened once per width: the desktop load (1280 px) is checked with axe and photographed, the phone load (390 px) is
/// measured and photographed. The first test to ask runs it; the others read what it saw. axe runs under the site's own
/// Content-Security-Policy (no BypassCSP, which would also let blocked inline styles change what is measured): Playwright
/// evaluates its script through the DevTools protocol, which the policy does not govern.
/// </summary>
public sealed class PageTour : IDisposable
{
    public const int PhoneWidth = 390;

    private const int Height = 800;
    private const string RecruiterEmail = "recruiter@snakeoil.example";
    private const string EditorEmail = "editor@pythoncareers.example";

    /// <summary>
    /// The right edge of the element that reaches furthest right, skipping what sits inside a scroll or clip container
    /// (its own box is measured instead); equal edges go to the later, deeper element, the likelier culprit.
    /// </summary>
    private const string MeasureWidth = """
        () => {
            const clipped = element => {
                for (let above = element.parentElement; above && above !== document.body; above = above.parentElement) {
                    if (getComputedStyle(above).overflowX !== 'visible') return true;
                }
                return false;
            };
            let widest = null, right = -Infinity;
            for (const element of document.body.querySelectorAll('*')) {
                const edge = element.getBoundingClientRect().right;
                if (edge >= right && !clipped(element)) { widest = element; right = edge; }
            }
            const name = widest === null ? 'no element' :
                '<' + widest.tagName.toLowerCase() + (widest.id ? ' id="' + widest.id + '"' : '') +
                (widest.className && typeof widest.className === 'string' ? ' class="' + widest.className + '"' : '') + '> "' +
                (widest.textContent || '').trim().replace(/\s+/g, ' ').slice(0, 80) + '" reaching ' + Math.round(right) + ' px';
            return { scrollWidth: document.documentElement.scrollWidth, widest: name };
        }
        """;

    private readonly SemaphoreSlim once = new(1, 1);
    private IReadOnlyDictionary<string, PageVisit>? visits;

    /// <summary>When the tour began: screenshots older than this are a former run's.</summary>
    public DateTime StartedAt { get; private set; }

    public async Task<IReadOnlyDictionary<string, PageVisit>> VisitsAsync(BrowserSite site)
    {
        ArgumentNullException.ThrowIfNull(site);
        await once.WaitAsync();
        try
        {
            return visits ??= await WalkAsync(site);
        }
        finally
        {
            once.Release();
        }
    }

    public void Dispose() => once.Dispose();

    private async Task<IReadOnlyDictionary<string, PageVisit>> WalkAsync(BrowserSite site)
    {
        StartedAt = DateTime.UtcNow;
        await site.ResetAsync();
        var contexts = new Dictionary<Viewer, IBrowserContext>();
        try
        {
            foreach (var viewer in Enum.GetValues<Viewer>())
            {
                contexts[viewer] = await site.Browser.NewContextAsync(new BrowserNewContextOptions
                {
                    BaseURL = site.Origin.AbsoluteUri,
                    ViewportSize = new ViewportSize { Width = BrowserTest.DesktopWidth, Height = Height },
                });
            }

            var pages = new Dictionary<Viewer, IPage>();
            foreach (var (viewer, context) in contexts)
            {
                pages[viewer] = await context.NewPageAsync();
            }

            var records = await StoreRecordsAsync(site, pages[Viewer.Anonymous]);
            await SignInAsync(pages[Viewer.Recruiter], RecruiterEmail);
            await SignInAsync(pages[Viewer.Editor], EditorEmail);
            Directory.CreateDirectory(Screenshots.Folder);
            var seen = new Dictionary<string, PageVisit>();
            foreach (var pageType in PageTypes.All)
            {
                seen[pageType.Name] = await VisitAsync(pages[pageType.Viewer], pageType, pageType.Path(records));
            }

            return seen;
        }
        finally
        {
            foreach (var context in contexts.Values)
            {
                await context.DisposeAsync();
            }
        }
    }

    /// <summary>
    /// A recruiter with a company, their live posting and one in review, an editor, and an alert subscribed through the
    /// site's own form (whose mail holds the confirm and manage links).
    /// </summary>
    private static async Task<TourRecords> StoreRecordsAsync(BrowserSite site, IPage anonymous)
    {
        var recruiter = await site.CreateUserAsync(RecruiterEmail, Visitor.StrongPassword, CareerRoles.Recruiter);
        await site.CreateUserAsync(EditorEmail, Visitor.StrongPassword, CareerRoles.Editor);
        await using var db = site.CreateContext();
        var stored = await db.Users.AsTracking().SingleAsync(u => u.Id == recruiter.Id);
        stored.Company = new Company("Snake Oil GmbH", new Uri("https://snakeoil.example"), "We build Python tools for data teams.");
        await db.SaveChangesAsync();
        var posting = await TestPostings.PostingAsync(db, stored, PostingStatus.Published);
        var inReview = await TestPostings.PostingAsync(db, stored, PostingStatus.InReview, TestPostings.Details("Python Data Engineer"));

        const string alertEmail = "reader@example.com";
        await anonymous.GotoAsync("/alerts/new?q=django");
        await anonymous.GetByLabel("Email").FillAsync(alertEmail);
        await anonymous.GetByRole(AriaRole.Button, new() { Name = "Send me new jobs" }).ClickAsync();
        await Assertions.Expect(anonymous.GetByRole(AriaRole.Heading, new() { Name = "Check your email" })).ToBeVisibleAsync();
        var mail = Assert.Single(await site.MailToAsync(alertEmail));

        return new TourRecords(
            CompanySlug: await db.Companies.Where(c => c.Id == stored.CompanyId).Select(c => c.Slug).SingleAsync(),
            PostingId: posting.Id,
            PostingPath: $"/jobs/{posting.Id}/{posting.Slug}",
            InReviewPostingId: inReview.Id,
            SalaryFigureId: await db.SalaryFigures.OrderBy(f => f.Id).Select(f => f.Id).FirstAsync(),
            RoleProfileId: await db.RoleProfiles.Where(r => r.Slug == "data-scientist").Select(r => r.Id).SingleAsync(),
            AlertConfirmPath: CareersSite.LinkIn(mail, "/alerts/confirm").PathAndQuery,
            AlertManagePath: CareersSite.LinkIn(mail, "/alerts/manage").PathAndQuery);
    }

    private static async Task SignInAsync(IPage page, string email)
    {
        await page.GotoAsync("/account/sign-in");
        await page.SubmitSignInAsync(email);
    }

    private static async Task<PageVisit> VisitAsync(IPage page, PageType pageType, string path)
    {
        await page.SetViewportSizeAsync(BrowserTest.DesktopWidth, Height);
        var problem = await OpenAsync(page, pageType, path);
        var axe = await page.RunAxe(new AxeRunOptions { ResultTypes = [ResultType.Violations] });
        var desktop = Screenshots.File(pageType.Name, BrowserTest.DesktopWidth);
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = desktop, FullPage = true });

        await page.SetViewportSizeAsync(PhoneWidth, Height);
        var phoneProblem = await OpenAsync(page, pageType, path);
        var measured = await page.EvaluateAsync<JsonElement>(MeasureWidth);
        var phone = Screenshots.File(pageType.Name, PhoneWidth);
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = phone, FullPage = true });

        return new PageVisit(
            problem ?? phoneProblem ?? (axe.Passes.Length == 0 ? $"axe checked nothing on {path}" : null),
            [.. axe.Violations],
            new PhoneWidth(measured.GetProperty("scrollWidth").GetInt32(), measured.GetProperty("widest").GetString()!),
            new Dictionary<int, string> { [BrowserTest.DesktopWidth] = desktop, [PhoneWidth] = phone });
    }

    /// <summary>Loads the page; says what went wrong when it answered another status or led elsewhere (a sign-in that did not hold).</summary>
    private static async Task<string?> OpenAsync(IPage page, PageType pageType, string path)
    {
        var response = await page.GotoAsync(path);
        var landed = new Uri(page.Url).AbsolutePath;
        var asked = new Uri(new Uri("http://site"), path).AbsolutePath;
        return response?.Status != pageType.Status || landed != asked
            ? $"{path} answered {response?.Status} at {page.Url}, not {pageType.Status} at {asked}"
            : null;
    }
}
