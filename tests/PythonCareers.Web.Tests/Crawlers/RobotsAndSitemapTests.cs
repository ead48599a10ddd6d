using System.Net;
using System.Xml.Linq;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.EntityFrameworkCore;
using PythonCareers.Core.Audit;
using PythonCareers.Core.Jobs;
using PythonCareers.Web.Tests.Infrastructure;

namespace PythonCareers.Web.Tests.Crawlers;

/// <summary>robots.txt and the sitemap, read as a crawler reads them.</summary>
public sealed class RobotsAndSitemapTests(CareersSite site) : SiteTest(site)
{
    private static readonly XNamespace Sitemaps = "http://www.sitemaps.org/schemas/sitemap/0.9";

    [Fact]
    public async Task Robots_keeps_crawlers_out_of_the_private_areas_and_the_alert_links_and_names_the_sitemap()
    {
        using var client = Site.CreateClient();

        using var response = await client.GetAsync(new Uri("/robots.txt", UriKind.Relative));
        var lines = (await response.Content.ReadAsStringAsync()).Split('\n');

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/plain", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal("User-agent: *", lines[0]);
        Assert.Equal(["Disallow: /admin", "Disallow: /recruiter", "Disallow: /account", "Disallow: /alerts/"], lines.Where(l => l.StartsWith("Disallow:", StringComparison.Ordinal)));
        Assert.Contains($"Sitemap: {CareersSite.PublicOrigin}/sitemap.xml", lines);
    }

    [Fact]
    public async Task Every_url_of_the_sitemap_answers_200_and_covers_every_kind_of_public_page()
    {
        await using var db = Site.CreateContext();
        var recruiter = await TestPostings.RecruiterAsync(db);
        var posting = await TestPostings.PostingAsync(db, recruiter);
        using var client = Site.CreateClient();

        var urls = await UrlsAsync(client);

        Assert.Contains(urls, u => u.Location == $"{CareersSite.PublicOrigin}/jobs/{posting.Id}/{posting.Slug}" && u.LastModified is not null);
        Assert.Contains(urls, u => u.Location == $"{CareersSite.PublicOrigin}/companies/snake-oil-gmbh" && u.LastModified is not null);
        foreach (var kind in new[] { "/roles/", "/salaries/", "/skills/", "/areas/" })
        {
            Assert.Contains(urls, u => u.Location.StartsWith(CareersSite.PublicOrigin + kind, StringComparison.Ordinal));
        }

        Assert.Equal(urls.Count, urls.Select(u => u.Location).Distinct().Count());
        foreach (var (location, _) in urls)
        {
            using var page = await client.GetAsync(new Uri(new Uri(location).PathAndQuery, UriKind.Relative));
            Assert.True(page.StatusCode == HttpStatusCode.OK, $"{location} answered {page.StatusCode}");
        }
    }

    [Fact]
    public async Task A_closed_posting_drops_out_and_the_cached_sitemap_shows_it_at_once()
    {
        var (owner, recruiter) = await Site.SignUpAsync();
        using var _ = owner;
        await using var db = Site.CreateContext();
        var open = await TestPostings.PostingAsync(db, recruiter, details: TestPostings.Details("Open Developer"));
        var filled = await TestPostings.PostingAsync(db, recruiter, details: TestPostings.Details("Soon Filled Developer"));
        await TestPostings.PostingAsync(db, recruiter, PostingStatus.Expired, TestPostings.Details("Expired Developer"));
        await TestPostings.PostingAsync(db, recruiter, PostingStatus.InReview, TestPostings.Details("Unreviewed Developer"));
        using var client = Site.CreateClient();
        Assert.Equal([$"/jobs/{open.Id}/open-developer", $"/jobs/{filled.Id}/soon-filled-developer"], Postings(await UrlsAsync(client)));

        var (marked, _) = await owner.SubmitAsync($"/recruiter/postings/{filled.Id}", $"/recruiter/postings/{filled.Id}/fill", []);
        Assert.Equal(HttpStatusCode.Redirect, marked.StatusCode);

        Assert.Equal([$"/jobs/{open.Id}/open-developer"], Postings(await UrlsAsync(client)));
    }

    [Fact]
    public async Task The_sitemap_is_split_into_parts_at_the_limit_with_the_newest_change_of_each()
    {
        await using var db = Site.CreateContext();
        var recruiter = await TestPostings.RecruiterAsync(db);
        for (var i = 0; i < 3; i++)
        {
            await TestPostings.PostingAsync(db, recruiter, details: TestPostings.Details($"Developer {i}"));
        }

        // An editor's save, which dates the pages of editors' content (a fresh seed has none, and its pages no lastmod).
        db.AuditEntries.Add(new AuditEntry(DateTime.UtcNow.AddDays(-1), null, "test", AuditAction.Updated, "Skill", "1", "A change", null, "{}"));
        await db.SaveChangesAsync();

        await using var small = Site.WithWebHostBuilder(builder => builder.UseSetting("Sitemap:UrlsPerPart", "7"));
        using var client = small.CreateClient();
        using var all = Site.CreateClient();

        var index = await XmlAsync(client, "/sitemap.xml");
        var parts = index.Root!.Elements(Sitemaps + "sitemap").ToList();
        var urls = new List<string>();
        foreach (var part in parts)
        {
            var path = new Uri(part.Element(Sitemaps + "loc")!.Value).PathAndQuery;
            var listed = (await XmlAsync(client, path)).Root!.Elements(Sitemaps + "url").ToList();
            Assert.InRange(listed.Count, 1, 7);
            Assert.Equal(listed.Max(u => u.Element(Sitemaps + "lastmod")!.Value), part.Element(Sitemaps + "lastmod")!.Value);
            urls.AddRange(listed.Select(u => u.Element(Sitemaps + "loc")!.Value));
        }

        Assert.Equal("sitemapindex", index.Root.Name.LocalName);
        Assert.Equal((await UrlsAsync(all)).Select(u => u.Location), urls);
        Assert.Equal((urls.Count + 6) / 7, parts.Count);
        Assert.Equal($"{CareersSite.PublicOrigin}/sitemap-1.xml", parts[0].Element(Sitemaps + "loc")!.Value);
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync(new Uri($"/sitemap-{parts.Count + 1}.xml", UriKind.Relative))).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync(new Uri("/sitemap-0.xml", UriKind.Relative))).StatusCode);
    }

    /// <summary>Every address of every part the index names, in order.</summary>
    private static async Task<List<(string Location, string? LastModified)>> UrlsAsync(HttpClient client)
    {
        var index = await XmlAsync(client, "/sitemap.xml");
        var urls = new List<(string, string?)>();
        foreach (var part in index.Root!.Elements(Sitemaps + "sitemap"))
        {
            var set = await XmlAsync(client, new Uri(part.Element(Sitemaps + "loc")!.Value).PathAndQuery);
            urls.AddRange(set.Root!.Elements(Sitemaps + "url").Select(u => (u.Element(Sitemaps + "loc")!.Value, u.Element(Sitemaps + "lastmod")?.Value)));
        }

        return urls;
    }

    private static List<string> Postings(IEnumerable<(string Location, string? LastModified)> urls) =>
        [.. urls.Select(u => new Uri(u.Location).PathAndQuery).Where(path => path.StartsWith("/jobs/", StringComparison.Ordinal))];

    private static async Task<XDocument> XmlAsync(HttpClient client, string path)
    {
        using var response = await client.GetAsync(new Uri(path, UriKind.Relative));
        Assert.True(response.StatusCode == HttpStatusCode.OK, $"{path} answered {response.StatusCode}");
        Assert.Equal("application/xml", response.Content.Headers.ContentType?.MediaType);
        return XDocument.Parse(await response.Content.ReadAsStringAsync());
    }
}
