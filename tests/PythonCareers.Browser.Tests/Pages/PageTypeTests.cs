using Deque.AxeCore.Commons;
using PythonCareers.Browser.Tests.Infrastructure;
using Xunit.Abstractions;

namespace PythonCareers.Browser.Tests.Pages;

/// <summary>
/// Every page type of <see cref="PageTypes"/>, three ways, each a test case of its own that names the page: axe finds
/// nothing serious or critical on it, it is no wider than a 390 px phone, and its screenshots at both widths are written.
/// </summary>
[Collection(BrowserTestGroup.Name)]
public sealed class PageTypeTests(BrowserSite site, PageTour tour, ITestOutputHelper output) : IClassFixture<PageTour>
{
    private static readonly string[] Blocking = ["serious", "critical"];

    private static readonly byte[] PngSignature = [0x89, (byte)'P', (byte)'N', (byte)'G', (byte)'\r', (byte)'\n', 0x1a, (byte)'\n'];

    [Theory]
    [MemberData(nameof(PageTypes.Names), MemberType = typeof(PageTypes))]
    public async Task Has_no_serious_or_critical_accessibility_violations(string page)
    {
        var visit = await VisitAsync(page);

        foreach (var minor in visit.Violations.Where(v => !Blocking.Contains(v.Impact)))
        {
            output.WriteLine(Describe(minor));
        }

        var blocking = visit.Violations.Where(v => Blocking.Contains(v.Impact)).ToList();
        Assert.True(blocking.Count == 0, $"{page}:\n{string.Join("\n", blocking.Select(Describe))}");
    }

    [Theory]
    [MemberData(nameof(PageTypes.Names), MemberType = typeof(PageTypes))]
    public async Task Is_no_wider_than_a_390_px_phone(string page)
    {
        var visit = await VisitAsync(page);

        Assert.True(
            visit.Width.ScrollWidth <= PageTour.PhoneWidth,
            $"{page} is {visit.Width.ScrollWidth} px wide in a {PageTour.PhoneWidth} px viewport; furthest right: {visit.Width.Widest}");
    }

    [Theory]
    [MemberData(nameof(PageTypes.Names), MemberType = typeof(PageTypes))]
    public async Task Has_full_page_screenshots_at_1280_and_390_px(string page)
    {
        var visit = await VisitAsync(page);

        foreach (var (width, file) in visit.Screenshots)
        {
            Assert.True(File.Exists(file) && File.GetLastWriteTimeUtc(file) >= tour.StartedAt, $"{file} was not written by this run");
            var png = await File.ReadAllBytesAsync(file);

            // A PNG starts with its 8-byte signature, then the IHDR chunk whose first field is the image's width, big-endian.
            Assert.Equal(PngSignature, png[..8]);
            Assert.True(System.Buffers.Binary.BinaryPrimitives.ReadInt32BigEndian(png.AsSpan(16, 4)) >= width, $"{file} is narrower than {width} px");
        }

        Assert.Equal([BrowserTest.DesktopWidth, PageTour.PhoneWidth], visit.Screenshots.Keys.Order().Reverse());
    }

    private async Task<PageVisit> VisitAsync(string page)
    {
        var visit = (await tour.VisitsAsync(site))[page];
        Assert.True(visit.Problem is null, visit.Problem);
        return visit;
    }

    private static string Describe(AxeResultItem violation) =>
        $"{violation.Impact} {violation.Id}: {violation.Help} ({violation.HelpUrl})\n"
        + string.Join("\n", violation.Nodes.Select(node => $"    {node.Target}: {node.Html}"));
}
