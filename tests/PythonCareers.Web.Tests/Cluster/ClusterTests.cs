using System.Diagnostics;
using System.Globalization;
using System.IO.Compression;
using System.Net;
using System.Net.Http.Headers;
using System.Text.Json;
using System.Text.RegularExpressions;
using PythonCareers.Web.Tests.Infrastructure;

namespace PythonCareers.Web.Tests.Cluster;

/// <summary>
/// The deployment of docker-compose.yml, run here by scripts/cluster.sh: what holds across two instances (Data Protection
/// keys in PostgreSQL, limits at nginx) and what nginx itself promises (forwarded headers, compression, caching, limits).
/// </summary>
[Collection(ClusterTestGroup.Name)]
public sealed partial class ClusterTests(LocalCluster cluster)
{
    private static IEnumerable<KeyValuePair<string, string>> SignUpFields(string email) => Visitor.Fields(
        ("Email", email),
        ("Password", Visitor.StrongPassword),
        ("CompanyName", "Snake Oil GmbH"),
        ("CompanyWebsite", "https://snakeoil.example"),
        ("CompanyDescription", "We build Python tools."));

    private static string NewEmail() => $"cluster-{Guid.NewGuid():N}@snakeoil.example";

    [Fact]
    public async Task Signing_in_through_one_instance_holds_on_the_other()
    {
        var cookies = new CookieContainer();
        using var first = cluster.ThroughInstance(cluster.SitePorts[0], cookies, "198.51.100.11");
        using var second = cluster.ThroughInstance(cluster.SitePorts[1], cookies, "198.51.100.11");
        var email = NewEmail();

        var (signedUp, signUpPage) = await first.SubmitAsync("/account/sign-up", "/account/sign-up", SignUpFields(email));
        Assert.True(signedUp.StatusCode == HttpStatusCode.OK, signUpPage.QuerySelector(".field-error")?.TextContent);
        var link = CareersSite.LinkIn(Assert.Single(await cluster.MailToAsync(email)), "/account/confirm-email").PathAndQuery;
        var (confirmed, _) = await second.PressAsync(link);
        Assert.Equal(HttpStatusCode.OK, confirmed.StatusCode);
        var (anonymous, _) = await second.GetAsync("/recruiter/postings");
        Assert.Equal(HttpStatusCode.Redirect, anonymous.StatusCode);

        await first.SignInAsync(email);
        var (postings, page) = await second.GetAsync("/recruiter/postings");

        Assert.Equal(HttpStatusCode.OK, postings.StatusCode);
        Assert.NotNull(page.QuerySelector("form[action='/account/sign-out']"));
    }

    [Fact]
    public async Task A_form_rendered_by_one_instance_is_accepted_by_the_other()
    {
        var cookies = new CookieContainer();
        using var first = cluster.ThroughInstance(cluster.SitePorts[0], cookies, "198.51.100.12");
        using var second = cluster.ThroughInstance(cluster.SitePorts[1], cookies, "198.51.100.12");
        var token = await first.AntiforgeryTokenAsync("/account/sign-up");

        var (response, page) = await second.PostAsync("/account/sign-up", SignUpFields(NewEmail()).Append(new("__RequestVerificationToken", token)));

        Assert.Equal((HttpStatusCode.OK, "Check your email"), (response.StatusCode, page.QuerySelector("h1")?.TextContent));
    }

    [Fact]
    public async Task The_sign_in_limit_at_nginx_holds_across_both_instances()
    {
        var config = File.ReadAllText(Path.Combine(LocalCluster.RepositoryRoot, "deploy", "nginx", "careers.conf"));
        var allowed = int.Parse(SignInBurst().Match(config).Groups[1].Value, CultureInfo.InvariantCulture) + 1;
        var perMinute = int.Parse(SignInRate().Match(config).Groups[1].Value, CultureInfo.InvariantCulture);
        using var browser = cluster.NewBrowser();
        var token = await browser.AntiforgeryTokenAsync("/account/sign-in");
        var marker = Guid.NewGuid().ToString("N");
        var clock = Stopwatch.StartNew();
        var answered = 0;

        // Until the first 429 (nginx's: an instance's own limit is 10 a minute per client, more than either one gets here).
        for (var attempt = 0; attempt < allowed + 10; attempt++)
        {
            var (response, _) = await browser.PostAsync($"/account/sign-in?attempt={marker}", Visitor.Fields(("Email", "nobody@snakeoil.example"), ("Password", "wrong password"), ("__RequestVerificationToken", token)));
            if (response.StatusCode == HttpStatusCode.TooManyRequests)
            {
                break;
            }

            answered++;
        }

        // The burst, plus what the rate gave back meanwhile on a slow machine.
        var refilled = (int)(clock.Elapsed.TotalMinutes * perMinute);
        Assert.InRange(answered, allowed, allowed + refilled);
        var upstreams = (await cluster.AccessLogAsync(marker, answered + 1)).Where(line => !line.Contains("upstream=-", StringComparison.Ordinal))
            .Select(line => UpstreamPort().Match(line).Groups[1].Value).ToList();
        Assert.Equal(answered, upstreams.Count);
        Assert.Equal(cluster.SitePorts.Select(p => p.ToString(CultureInfo.InvariantCulture)).Order(), upstreams.Distinct().Order());
    }

    [Fact]
    public async Task Forwarded_headers_count_from_nginx_alone_and_nginx_forwards_the_client_it_sees()
    {
        var marker = Guid.NewGuid().ToString("N");
        using var direct = new HttpClient(new SocketsHttpHandler { AllowAutoRedirect = false }) { BaseAddress = new Uri($"http://127.0.0.1:{cluster.SitePorts[0]}") };
        using var forged = new HttpRequestMessage(HttpMethod.Get, new Uri($"/probe-{marker}-direct", UriKind.Relative));
        forged.Headers.Add("X-Forwarded-For", "203.0.113.7");
        forged.Headers.Add("X-Forwarded-Proto", "https");
        using var asProxy = cluster.ThroughInstance(cluster.SitePorts[0], new CookieContainer(), "198.51.100.23");
        using var browser = cluster.NewBrowser();
        browser.Client.DefaultRequestHeaders.Add("X-Forwarded-For", "203.0.113.7");

        var directly = await direct.SendAsync(forged);
        var (fromProxy, _) = await asProxy.GetAsync($"/probe-{marker}-proxy");
        var (throughNginx, _) = await browser.GetAsync($"/probe-{marker}-nginx");

        // Not believed to be https either: the instance sends a plain-http client to the public origin.
        Assert.Equal(HttpStatusCode.PermanentRedirect, directly.StatusCode);
        Assert.Equal((HttpStatusCode.NotFound, HttpStatusCode.NotFound), (fromProxy.StatusCode, throughNginx.StatusCode));
        var seen = await ClientAddressesAsync(marker, 3);
        Assert.Equal("127.0.0.1", seen[$"/probe-{marker}-direct"]);
        Assert.Equal("198.51.100.23", seen[$"/probe-{marker}-proxy"]);
        Assert.Equal("127.0.0.1", seen[$"/probe-{marker}-nginx"]);
    }

    [Fact]
    public async Task Nginx_compresses_pages()
    {
        using var browser = cluster.NewBrowser();
        using var request = new HttpRequestMessage(HttpMethod.Get, new Uri("/", UriKind.Relative));
        request.Headers.AcceptEncoding.Add(new StringWithQualityHeaderValue("gzip"));

        using var response = await browser.Client.SendAsync(request);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(["gzip"], response.Content.Headers.ContentEncoding);
        await using var body = new GZipStream(await response.Content.ReadAsStreamAsync(), CompressionMode.Decompress);
        using var reader = new StreamReader(body);
        Assert.Contains("<html", await reader.ReadToEndAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Fingerprinted_static_files_are_kept_for_a_year_and_plain_addresses_are_not()
    {
        using var browser = cluster.NewBrowser();
        var (_, home) = await browser.GetAsync("/");
        var stylesheet = home.QuerySelector("link[rel=stylesheet][href^='/css/site.css?v=']")?.GetAttribute("href");
        Assert.NotNull(stylesheet);

        var (fingerprinted, _) = await browser.GetAsync(stylesheet);
        var (plain, _) = await browser.GetAsync("/css/site.css");

        Assert.Equal(HttpStatusCode.OK, fingerprinted.StatusCode);
        Assert.Equal("public, max-age=31536000, immutable", fingerprinted.Headers.CacheControl?.ToString());
        Assert.Equal(HttpStatusCode.OK, plain.StatusCode);
        Assert.Null(plain.Headers.CacheControl);
    }

    [Fact]
    public async Task Nginx_refuses_a_body_over_the_site_limit_before_an_instance_reads_it()
    {
        using var browser = cluster.NewBrowser();
        var marker = Guid.NewGuid().ToString("N");
        using var content = new ByteArrayContent(new byte[30_000_001]);
        content.Headers.ContentType = new("application/x-www-form-urlencoded");
        using var request = new HttpRequestMessage(HttpMethod.Post, new Uri($"/account/sign-up?body={marker}", UriKind.Relative)) { Content = content };
        request.Headers.ExpectContinue = true;

        using var response = await browser.Client.SendAsync(request);

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
        Assert.Contains("upstream=-", Assert.Single(await cluster.AccessLogAsync(marker, 1)), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("/metrics")]
    [InlineData("/Metrics")]
    [InlineData("/metrics/")]
    public async Task Nginx_does_not_serve_the_metrics(string path)
    {
        using var browser = cluster.NewBrowser();

        var (response, _) = await browser.GetAsync(path);

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
    }

    /// <summary>The client address each instance logged for the request paths containing <paramref name="marker"/>.</summary>
    private async Task<Dictionary<string, string>> ClientAddressesAsync(string marker, int expected) =>
        (await cluster.SiteLogAsync(marker, expected))
            .Select(line => JsonSerializer.Deserialize<JsonElement>(line))
            .ToDictionary(entry => entry.GetProperty("RequestPath").GetString()!, entry => entry.GetProperty("ClientAddress").GetString()!);

    [GeneratedRegex(@"zone=sign_in burst=(\d+)")]
    private static partial Regex SignInBurst();

    [GeneratedRegex(@"zone=sign_in:\S+ rate=(\d+)r/m")]
    private static partial Regex SignInRate();

    [GeneratedRegex(@"upstream=127\.0\.0\.1:(\d+)")]
    private static partial Regex UpstreamPort();
}
