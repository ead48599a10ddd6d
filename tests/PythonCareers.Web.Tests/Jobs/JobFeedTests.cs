using System.Globalization;
using System.Net;
using System.Xml.Linq;
using AngleSharp.Dom;
using AngleSharp.Html.Parser;
using PythonCareers.Core.Jobs;
using PythonCareers.Web.Tests.Infrastructure;

namespace PythonCareers.Web.Tests.Jobs;

public sealed class JobFeedTests(CareersSite site) : SiteTest(site)
{
    private readonly JobBoard board = new(site);

    [Fact]
    public async Task The_jobs_feed_is_rss_of_live_postings_newest_first_with_absolute_links()
    {
        var older = await board.PostAsync("Older & <wiser> Developer", minutesAgo: 120);
        var newer = await board.PostAsync("Newer Developer", minutesAgo: 10);
        await board.PostAsync("Draft Developer", status: PostingStatus.Draft);
        await board.PostAsync("Expired Developer", status: PostingStatus.Expired);

        var (response, feed) = await GetFeedAsync("/jobs/feed.xml");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/rss+xml", response.Content.Headers.ContentType!.MediaType);
        Assert.Equal("utf-8", response.Content.Headers.ContentType.CharSet);
        Assert.Equal("2.0", feed.Root!.Attribute("version")!.Value);
        var channel = feed.Root.Element("channel")!;
        Assert.Equal("New Python jobs on PythonCareers", channel.Element("title")!.Value);
        Assert.Equal($"{CareersSite.PublicOrigin}/jobs", channel.Element("link")!.Value);
        var items = channel.Elements("item").ToList();
        Assert.Equal(["Newer Developer at Snake Oil GmbH", "Older & <wiser> Developer at Snake Oil GmbH"], items.Select(i => AsReaderShows(i.Element("title")!)));
        Assert.Equal($"{CareersSite.PublicOrigin}/jobs/{newer.Id}/newer-developer", items[0].Element("link")!.Value);
        Assert.Equal(items[0].Element("link")!.Value, items[0].Element("guid")!.Value);
        Assert.Equal($"{CareersSite.PublicOrigin}/jobs/{older.Id}/older-wiser-developer", items[1].Element("link")!.Value);
        var published = DateTime.Parse(items[0].Element("pubDate")!.Value, CultureInfo.InvariantCulture, DateTimeStyles.AdjustToUniversal);
        Assert.Equal(newer.PublishedAt!.Value, published, TimeSpan.FromSeconds(1));
        Assert.Contains("EUR 70,000-90,000 a year", items[0].Element("description")!.Value, StringComparison.Ordinal);
        Assert.Equal("Python Web Developer", items[0].Element("category")!.Value);
    }

    [Fact]
    public async Task The_feed_holds_the_newest_fifty()
    {
        var first = await board.PostAsync("Python Developer", minutesAgo: 1);
        await board.CopyAsync(first.Id, 60);

        var (_, feed) = await GetFeedAsync("/jobs/feed.xml");

        var items = feed.Root!.Element("channel")!.Elements("item").ToList();
        Assert.Equal(50, items.Count);
        Assert.Equal("Python Developer at Snake Oil GmbH", items[0].Element("title")!.Value);
        Assert.Equal("Python Developer 49 at Snake Oil GmbH", items[^1].Element("title")!.Value);
    }

    [Fact]
    public async Task A_role_feed_holds_only_that_role()
    {
        await board.PostAsync("Data Scientist", role: "data-scientist");
        await board.PostAsync("Web Developer", role: "python-web-developer");

        var (response, feed) = await GetFeedAsync("/roles/data-scientist/jobs.xml");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var channel = feed.Root!.Element("channel")!;
        Assert.Equal("New Data Scientist jobs on PythonCareers", channel.Element("title")!.Value);
        Assert.Equal($"{CareersSite.PublicOrigin}/jobs?role=data-scientist", channel.Element("link")!.Value);
        Assert.Equal(["Data Scientist at Snake Oil GmbH"], channel.Elements("item").Select(i => i.Element("title")!.Value));
    }

    [Fact]
    public async Task A_search_feed_holds_only_the_searchs_matches_whatever_its_page_and_order()
    {
        await board.PostAsync("Django Developer", details => details with { Workplace = Workplace.Remote, RemoteCountries = ["DE"] }, minutesAgo: 20);
        await board.PostAsync("Django Developer in the office", details => details with { Workplace = Workplace.OnSite }, minutesAgo: 10);
        await board.PostAsync("Flask Developer", details => details with { Workplace = Workplace.Remote, RemoteCountries = ["DE"], Description = "Build Flask services." });

        var (_, search) = await GetPageAsync("/jobs?q=django&workplace=remote&sort=salary");
        var link = search.QuerySelectorAll("a").Single(a => a.TextContent == "New jobs like these as an RSS feed").GetAttribute("href")!;
        var (response, feed) = await GetFeedAsync(link);

        Assert.Equal("/jobs/feed.xml?q=django&workplace=remote", link);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var channel = feed.Root!.Element("channel")!;
        Assert.Equal("New Python jobs matching “django”, remote on PythonCareers", channel.Element("title")!.Value);
        Assert.Equal($"{CareersSite.PublicOrigin}/jobs?q=django&workplace=remote", channel.Element("link")!.Value);
        Assert.Equal(["Django Developer at Snake Oil GmbH"], channel.Elements("item").Select(i => i.Element("title")!.Value));
    }

    [Theory]
    [InlineData("/jobs/feed.xml?workplace=moon")]
    [InlineData("/jobs/feed.xml?q=%00")]
    public async Task A_feed_of_a_search_the_page_would_refuse_is_refused(string path)
    {
        var (response, _) = await GetPageAsync(path);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    [Theory]
    [InlineData("/roles/astronaut/jobs.xml")]
    [InlineData("/roles/Data-Scientist/jobs.xml")]
    public async Task An_unknown_role_has_no_feed(string path)
    {
        var (response, _) = await GetPageAsync(path);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Fact]
    public async Task Markup_in_a_posting_reaches_feed_readers_as_text_never_as_html()
    {
        const string company = "<script>alert(1)</script><img src=x onerror=alert(2)>";
        const string title = "Python <b onmouseover=alert(3)>Developer</b> & co";
        var posting = await board.PostAsync(title, details => details with { City = "<iframe src=//evil.example>" });
        await board.SqlAsync($"UPDATE job_postings SET company_name = {company} WHERE id = {posting.Id}");

        var (_, feed) = await GetFeedAsync("/jobs/feed.xml");

        var item = feed.Root!.Element("channel")!.Elements("item").Single();
        foreach (var name in new[] { "title", "description", "category" })
        {
            var html = new HtmlParser().ParseFragment(item.Element(name)!.Value, new HtmlParser().ParseDocument("").Body!);
            Assert.All(html, node => Assert.Equal(NodeType.Text, node.NodeType));
        }

        Assert.Equal($"{title} at {company}", AsReaderShows(item.Element("title")!));
        Assert.StartsWith($"{company} · <iframe src=//evil.example>, Germany", AsReaderShows(item.Element("description")!), StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_empty_feed_is_still_valid_rss()
    {
        var (response, feed) = await GetFeedAsync("/roles/data-analyst/jobs.xml");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Empty(feed.Root!.Element("channel")!.Elements("item"));
    }

    /// <summary>What a feed reader shows: the element's text (XML-unescaped) read as HTML.</summary>
    private static string AsReaderShows(XElement element) =>
        new HtmlParser().ParseFragment(element.Value, new HtmlParser().ParseDocument("").Body!).Select(n => n.TextContent).Aggregate("", string.Concat);

    private async Task<(HttpResponseMessage Response, XDocument Feed)> GetFeedAsync(string path)
    {
        using var client = Site.CreateClient();
        var response = await client.GetAsync(new Uri(path, UriKind.Relative));
        await using var body = await response.Content.ReadAsStreamAsync();
        return (response, await XDocument.LoadAsync(body, LoadOptions.None, CancellationToken.None));
    }
}
