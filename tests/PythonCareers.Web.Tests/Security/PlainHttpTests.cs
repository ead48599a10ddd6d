using System.Net;
using PythonCareers.Web.Tests.Infrastructure;

namespace PythonCareers.Web.Tests.Security;

/// <summary>The site as scripts/run.sh and docker compose serve it: plain http on localhost.</summary>
public sealed class PlainHttpSite : CareersSite
{
    public PlainHttpSite()
        : base("web_http")
    {
    }

    protected override IReadOnlyDictionary<string, string> Settings { get; } = new Dictionary<string, string>
    {
        ["Site:PublicOrigin"] = "http://localhost:5080",
    };
}

public sealed class PlainHttpTests(PlainHttpSite site) : IClassFixture<PlainHttpSite>
{
    [Fact]
    public async Task Forms_work_over_plain_http_with_unprefixed_cookies()
    {
        using var client = site.CreateClient(new() { AllowAutoRedirect = false });

        var response = await client.GetAsync(new Uri("/account/sign-up", UriKind.Relative));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var cookie = Assert.Single(response.Headers.GetValues("Set-Cookie"));
        Assert.StartsWith("PythonCareers-Antiforgery=", cookie, StringComparison.Ordinal);
        Assert.DoesNotContain("secure", cookie, StringComparison.OrdinalIgnoreCase);
    }
}

public sealed class HttpsRedirectTests(CareersSite site) : SiteTest(site)
{
    [Theory]
    [InlineData("/account/sign-in?returnUrl=%2Frecruiter%2Fpostings")]
    [InlineData("/roles/data-scientist")]
    public async Task Plain_http_is_sent_to_the_https_address(string path)
    {
        using var client = Site.CreateClient(new() { AllowAutoRedirect = false });

        var response = await client.GetAsync(new Uri(path, UriKind.Relative));

        Assert.Equal(HttpStatusCode.PermanentRedirect, response.StatusCode);
        Assert.Equal(CareersSite.PublicOrigin + path, response.Headers.Location!.OriginalString);
    }

    [Theory]
    [InlineData("http://localhost//evil.example/steal")]
    [InlineData("http://localhost/%5Cevil.example/steal")]
    public async Task The_redirect_to_https_never_leaves_the_site(string address)
    {
        using var client = Site.CreateClient(new() { AllowAutoRedirect = false });

        var response = await client.GetAsync(new Uri(address));

        Assert.Equal(HttpStatusCode.PermanentRedirect, response.StatusCode);
        Assert.Equal(new Uri(CareersSite.PublicOrigin).Host, new Uri(response.Headers.Location!.OriginalString).Host);
    }
}
