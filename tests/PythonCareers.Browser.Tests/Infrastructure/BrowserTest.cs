using Microsoft.Playwright;

namespace PythonCareers.Browser.Tests.Infrastructure;

[CollectionDefinition(Name)]
public sealed class BrowserTestGroup : ICollectionFixture<BrowserSite>
{
    public const string Name = "browser";
}

/// <summary>
/// A test in the browser: the site reset to its seed content, and a fresh browser context (no cookies, a desktop
/// window) with one page open. The tests share one site and one Chromium, one test at a time.
/// </summary>
[Collection(BrowserTestGroup.Name)]
public abstract class BrowserTest(BrowserSite site) : IAsyncLifetime
{
    public const int DesktopWidth = 1280;

    protected BrowserSite Site { get; } = site;

    protected IBrowserContext Context { get; private set; } = null!;

    protected IPage Page { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        await Site.ResetAsync();
        Context = await NewContextAsync(DesktopWidth, 800);
        Page = await Context.NewPageAsync();
    }

    public async Task DisposeAsync() => await Context.DisposeAsync();

    /// <summary>A browser context of its own, as a second person or a phone: a window <paramref name="width"/> CSS pixels wide.</summary>
    protected Task<IBrowserContext> NewContextAsync(int width, int height) =>
        Site.Browser.NewContextAsync(new BrowserNewContextOptions
        {
            BaseURL = Site.Origin.AbsoluteUri,
            ViewportSize = new ViewportSize { Width = width, Height = height },
        });
}
