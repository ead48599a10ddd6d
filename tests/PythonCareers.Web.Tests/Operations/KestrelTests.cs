using System.Net;
using AngleSharp.Html.Parser;
using PythonCareers.Core.Accounts;
using PythonCareers.Web.Tests.Infrastructure;

namespace PythonCareers.Web.Tests.Operations;

/// <summary>What only a real server shows: its headers, its body limit, and the client address the rate limits key on.</summary>
public sealed class KestrelTests(KestrelSite site) : IClassFixture<KestrelSite>
{
    [Fact]
    public async Task Responses_do_not_name_the_server()
    {
        using var visitor = site.NewVisitor();

        var (response, _) = await visitor.GetAsync("/");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.False(response.Headers.Contains("Server"), string.Join(", ", response.Headers.Server));
    }

    [Theory]
    [InlineData("/roles/compare/data-scientist/%00")]
    [InlineData("/roles/compare/%00/data-scientist")]
    public async Task A_nul_byte_in_a_slug_is_refused_with_a_4xx(string path)
    {
        using var visitor = site.NewVisitor();

        var (response, _) = await visitor.GetAsync(path);

        Assert.InRange((int)response.StatusCode, 400, 499);
    }

    [Fact]
    public async Task A_body_over_the_limit_gets_the_413_page()
    {
        using var visitor = site.NewVisitor();
        await visitor.GetAsync("/account/sign-in");
        using var content = new ByteArrayContent(new byte[40_000_000]);
        content.Headers.ContentType = new("application/x-www-form-urlencoded");
        using var request = new HttpRequestMessage(HttpMethod.Post, new Uri("/account/sign-in", UriKind.Relative)) { Content = content };
        request.Headers.ExpectContinue = true;

        var response = await visitor.Client.SendAsync(request);

        var page = new HtmlParser().ParseDocument(await response.Content.ReadAsStringAsync());
        Assert.Equal((HttpStatusCode.RequestEntityTooLarge, "That request was too large"), (response.StatusCode, page.QuerySelector("h1")?.TextContent));
    }

    [Fact]
    public async Task Every_form_of_the_site_refuses_a_body_over_the_limit_with_the_413_page()
    {
        await site.ResetAsync();
        var visitors = new Dictionary<string, Visitor>
        {
            [""] = site.NewVisitor(),
            ["recruiter"] = await site.SignInAsAsync("recruiter@kestrel.example", CareerRoles.Recruiter),
            ["admin"] = await site.SignInAsAsync("admin@kestrel.example", CareerRoles.Admin),
        };
        var problems = new List<string>();
        foreach (var endpoint in SiteEndpoints.All(site).Where(e => e.Method == "POST" && e.Pattern != "account/sign-out"))
        {
            var visitor = visitors[endpoint.IsRecruiterArea ? "recruiter" : endpoint.IsAdminArea ? "admin" : ""];
            using var content = new ByteArrayContent(new byte[40_000_000]);
            content.Headers.ContentType = new("application/x-www-form-urlencoded");
            using var request = new HttpRequestMessage(HttpMethod.Post, new Uri(endpoint.Path("1"), UriKind.Relative)) { Content = content };
            request.Headers.ExpectContinue = true;

            var response = await visitor.Client.SendAsync(request);

            // This server's sign-up limit is 3 a minute, which the rate-limit test may have spent: its 429 comes before the body is read.
            var limited = endpoint.Pattern == "account/sign-up" && response.StatusCode == HttpStatusCode.TooManyRequests;
            if (response.StatusCode != HttpStatusCode.RequestEntityTooLarge && !limited)
            {
                problems.Add($"{endpoint} answered {(int)response.StatusCode}");
            }
        }

        Assert.True(problems.Count == 0, string.Join("\n", problems));
    }

    [Fact]
    public async Task A_forged_forwarded_for_header_does_not_escape_the_sign_up_limit()
    {
        using var visitor = site.NewVisitor();
        var statuses = new List<HttpStatusCode>();
        HttpResponseMessage? last = null;
        for (var attempt = 0; attempt <= KestrelSite.SignUpPerMinute; attempt++)
        {
            visitor.Client.DefaultRequestHeaders.Remove("X-Forwarded-For");
            visitor.Client.DefaultRequestHeaders.Add("X-Forwarded-For", $"203.0.113.{attempt + 1}");
            (last, _) = await visitor.SubmitAsync("/account/sign-up", "/account/sign-up", Visitor.Fields(("Email", $"spam{attempt}@example.com")));
            statuses.Add(last.StatusCode);
        }

        Assert.True(statuses[^1] == HttpStatusCode.TooManyRequests, string.Join(", ", statuses));
        var retryAfter = Assert.Single(last!.Headers.GetValues("Retry-After"));
        Assert.InRange(int.Parse(retryAfter, System.Globalization.CultureInfo.InvariantCulture), 1, 60);
    }
}
