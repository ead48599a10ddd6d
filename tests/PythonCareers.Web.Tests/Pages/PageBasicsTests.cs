using System.Net;
using PythonCareers.Web.Tests.Infrastructure;

namespace PythonCareers.Web.Tests.Pages;

public sealed class PageBasicsTests(CareersSite site) : SiteTest(site)
{
    public static TheoryData<string> PublicPages =>
    [
        "/",
        "/roles",
        "/roles/python-programmer",
        "/areas/web-development",
        "/skills",
        "/skills/django",
        "/salaries",
        "/salaries/data-scientist",
    ];

    [Theory]
    [MemberData(nameof(PublicPages))]
    public async Task Every_page_has_a_title_a_description_and_a_canonical_link(string path)
    {
        var (response, page) = await GetPageAsync(path);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.EndsWith("| PythonCareers", page.Title, StringComparison.Ordinal);
        Assert.True(page.Title!.Length > "| PythonCareers".Length + 3);
        Assert.False(string.IsNullOrWhiteSpace(page.QuerySelector("meta[name=description]")?.GetAttribute("content")));
        Assert.Equal($"{CareersSite.PublicOrigin}{path}", page.QuerySelector("link[rel=canonical]")?.GetAttribute("href"));
        Assert.Single(page.QuerySelectorAll("h1"));
    }

    [Theory]
    [MemberData(nameof(PublicPages))]
    public async Task Every_page_sends_the_security_headers(string path)
    {
        var (response, _) = await GetPageAsync(path);

        Assert.Contains("object-src 'none'", response.Headers.GetValues("Content-Security-Policy").Single(), StringComparison.Ordinal);
        Assert.Equal("nosniff", response.Headers.GetValues("X-Content-Type-Options").Single());
        Assert.Equal("strict-origin-when-cross-origin", response.Headers.GetValues("Referrer-Policy").Single());
    }

    [Theory]
    [MemberData(nameof(PublicPages))]
    public async Task Pages_need_no_javascript(string path)
    {
        var (_, page) = await GetPageAsync(path);

        Assert.Empty(page.Scripts);
    }
}
