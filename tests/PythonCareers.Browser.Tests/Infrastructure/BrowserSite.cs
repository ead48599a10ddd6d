using System.Globalization;
using Microsoft.Playwright;
using PythonCareers.Web.Tests.Infrastructure;

namespace PythonCareers.Browser.Tests.Infrastructure;

/// <summary>
/// The site on a real Kestrel server over a database of its own, and one headless Chromium (Debian's, as Playwright's own
/// download cannot reach its servers here) that every browser test opens its pages in.
/// </summary>
public sealed class BrowserSite : CareersSite, IAsyncLifetime
{
    private IPlaywright? playwright;

    public BrowserSite()
        : base("browser")
    {
        Port = LoopbackPorts.Free();
        UseKestrel(Port);
    }

    /// <summary>The port is chosen before the site starts, so that the links in its emails lead back to it.</summary>
    private int Port { get; }

    public Uri Origin => new($"http://127.0.0.1:{Port.ToString(CultureInfo.InvariantCulture)}");

    public IBrowser Browser { get; private set; } = null!;

    protected override IReadOnlyDictionary<string, string> Settings => new Dictionary<string, string>
    {
        ["Site:PublicOrigin"] = Origin.AbsoluteUri,
    };

    public new async Task InitializeAsync()
    {
        await base.InitializeAsync();
        StartServer();
        playwright = await Playwright.CreateAsync();
        Browser = await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = Chromium(),
            Headless = true,
            Args = ["--no-sandbox"],
        });
    }

    public new async Task DisposeAsync()
    {
        if (playwright is not null)
        {
            await Browser.DisposeAsync();
            playwright.Dispose();
        }

        await base.DisposeAsync();
    }

    /// <summary>The `chromium` on the PATH, which scripts/test.sh installs when it is missing.</summary>
    private static string Chromium() =>
        (Environment.GetEnvironmentVariable("PATH") ?? "").Split(Path.PathSeparator)
            .Select(folder => Path.Combine(folder, "chromium"))
            .FirstOrDefault(File.Exists)
        ?? throw new InvalidOperationException("No chromium on the PATH: scripts/test.sh installs Debian's chromium package.");
}
