using System.Net;
using PythonCareers.Web.Tests.Infrastructure;

namespace PythonCareers.Web.Tests.Security;

/// <summary>The site with its real, low limits, over a database of its own.</summary>
public sealed class RateLimitedSite : CareersSite
{
    public RateLimitedSite()
        : base("web_limits")
    {
    }

    protected override IReadOnlyDictionary<string, string> Settings { get; } = new Dictionary<string, string>
    {
        ["RateLimits:SignInPerMinute"] = "3",
        ["RateLimits:SignUpPerMinute"] = "2",
    };
}

public sealed class RateLimitTests(RateLimitedSite site) : IClassFixture<RateLimitedSite>
{
    [Fact]
    public async Task Too_many_sign_in_attempts_get_429()
    {
        using var visitor = site.NewVisitor();
        var statuses = new List<HttpStatusCode>();
        for (var attempt = 0; attempt < 5; attempt++)
        {
            var (response, _) = await visitor.SubmitAsync("/account/sign-in", "/account/sign-in", Visitor.Fields(("Email", "someone@example.com"), ("Password", "guess number " + attempt)));
            statuses.Add(response.StatusCode);
        }

        Assert.Equal([HttpStatusCode.BadRequest, HttpStatusCode.BadRequest, HttpStatusCode.BadRequest, HttpStatusCode.TooManyRequests, HttpStatusCode.TooManyRequests], statuses);
    }

    [Fact]
    public async Task Too_many_sign_ups_get_429_with_a_page_that_says_so()
    {
        using var visitor = site.NewVisitor();
        HttpResponseMessage? last = null;
        AngleSharp.Html.Dom.IHtmlDocument? page = null;
        for (var attempt = 0; attempt < 3; attempt++)
        {
            (last, page) = await visitor.SubmitAsync("/account/sign-up", "/account/sign-up", Visitor.Fields(("Email", $"spam{attempt}@example.com")));
        }

        Assert.Equal(HttpStatusCode.TooManyRequests, last!.StatusCode);
        Assert.Equal("Too many requests", page!.QuerySelector("h1")?.TextContent);
    }
}
