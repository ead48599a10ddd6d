using System.Net;
using PythonCareers.Web.Tests.Infrastructure;

namespace PythonCareers.Web.Tests.Pages;

/// <summary>HEAD on every GET route of the route table answers as GET does, without a body.</summary>
public sealed class HeadRequestTests(CareersSite site) : SiteTest(site)
{
    [Fact]
    public async Task Every_GET_route_answers_HEAD_with_the_same_status_and_content_type_and_no_body()
    {
        var problems = new List<string>();
        var visited = 0;
        await SitePages.VisitAllAsync(Site, e => !e.Pattern.StartsWith("error", StringComparison.Ordinal), async (visitor, path) =>
        {
            using var get = await visitor.Client.GetAsync(new Uri(path, UriKind.Relative));
            using var head = await visitor.Client.SendAsync(new HttpRequestMessage(HttpMethod.Head, new Uri(path, UriKind.Relative)));
            var body = await head.Content.ReadAsByteArrayAsync();
            visited++;
            if (head.StatusCode != get.StatusCode || head.Content.Headers.ContentType?.MediaType != get.Content.Headers.ContentType?.MediaType || body.Length > 0)
            {
                problems.Add($"HEAD {path}: {(int)head.StatusCode} {head.Content.Headers.ContentType} with {body.Length} bytes; GET: {(int)get.StatusCode} {get.Content.Headers.ContentType}");
            }
        });

        Assert.True(visited > 40, $"only {visited} routes were tried");
        Assert.True(problems.Count == 0, string.Join("\n", problems));
    }

    [Theory]
    [InlineData("/")]
    [InlineData("/jobs/feed.xml")]
    [InlineData("/css/site.css")]
    public async Task HEAD_sends_the_headers_a_GET_gets(string path)
    {
        using var visitor = Site.NewVisitor();

        using var head = await visitor.Client.SendAsync(new HttpRequestMessage(HttpMethod.Head, new Uri(path, UriKind.Relative)));

        Assert.Equal(HttpStatusCode.OK, head.StatusCode);
        Assert.Equal("nosniff", head.Headers.GetValues("X-Content-Type-Options").Single());
        Assert.Empty(await head.Content.ReadAsByteArrayAsync());
    }

    [Fact]
    public async Task HEAD_of_a_form_action_is_still_not_allowed()
    {
        using var visitor = Site.NewVisitor();

        using var head = await visitor.Client.SendAsync(new HttpRequestMessage(HttpMethod.Head, new Uri("/account/sign-out", UriKind.Relative)));

        Assert.Equal(HttpStatusCode.MethodNotAllowed, head.StatusCode);
    }
}
