using System.Net;
using PythonCareers.Web.Tests.Infrastructure;

namespace PythonCareers.Web.Tests.Pages;

public sealed class NotFoundTests(CareersSite site) : SiteTest(site)
{
    public static TheoryData<string> UnknownOrHostilePaths =>
    [
        "/roles/astronaut",
        "/salaries/astronaut",
        "/skills/cobol",
        "/areas/underwater-basket-weaving",
        "/roles/Data-Scientist",
        "/roles/data%2Fscientist",
        "/roles/..%2F..%2Fetc%2Fpasswd",
        "/roles/%3Cscript%3Ealert(1)%3C%2Fscript%3E",
        "/roles/%01%02%1B",
        "/roles/%E2%80%AEevil",
        "/roles/" + new string('a', 5_000),
        "/skills/" + new string('x', 5_000) + "?q=" + new string('y', 2_000),
        "/no/such/page",
        "/error/500",
        "/error/200",
    ];

    [Theory]
    [MemberData(nameof(UnknownOrHostilePaths))]
    public async Task Unknown_and_hostile_paths_get_the_404_page_in_the_site_layout(string path)
    {
        var (response, page) = await GetPageAsync(path);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("Page not found", page.QuerySelector("h1")?.TextContent);
        Assert.NotNull(page.QuerySelector("nav[aria-label=Main]"));
    }

    [Theory]
    [InlineData("/?utm_source=x&page=-1&sort=%00")]
    [InlineData("/roles/data-scientist?lang=de&x=%3Cscript%3E")]
    [InlineData("/salaries/python-programmer?country=ZZ&level=999")]
    public async Task Unknown_query_parameters_are_ignored(string path)
    {
        var (response, page) = await GetPageAsync(path);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.DoesNotContain("<script>", page.Body!.InnerHtml, StringComparison.OrdinalIgnoreCase);
    }

    [Theory]
    [InlineData("POST", "/roles/data-scientist")]
    [InlineData("DELETE", "/salaries")]
    [InlineData("PUT", "/")]
    public async Task Other_methods_on_pages_are_refused_without_a_server_error(string method, string path)
    {
        using var visitor = Site.NewVisitor();
        using var request = new HttpRequestMessage(new HttpMethod(method), new Uri(path, UriKind.Relative));

        var response = await visitor.Client.SendAsync(request);

        Assert.InRange((int)response.StatusCode, 400, 499);
    }
}
