using System.Net;
using System.Text.Json;
using AngleSharp.Html.Dom;
using Microsoft.EntityFrameworkCore;
using PythonCareers.Core.Jobs;
using PythonCareers.Web.Tests.Infrastructure;

namespace PythonCareers.Web.Tests.Pages;

/// <summary>What a shared link's preview and a browser's tab show: OpenGraph and Twitter card tags, the icons and the manifest.</summary>
public sealed class SharingTagsTests(CareersSite site) : SiteTest(site)
{
    [Fact]
    public async Task Every_page_of_every_kind_has_OpenGraph_and_Twitter_card_tags_the_icons_and_the_manifest()
    {
        var pages = await SitePages.OpenAllAsync(Site);

        var problems = pages.SelectMany(p => Missing(p.Page).Select(tag => $"{p.Path}: no {tag}")).ToList();

        Assert.True(pages.Count > 40, $"only {pages.Count} pages were opened");
        Assert.True(problems.Count == 0, string.Join("\n", problems));
        Assert.All(pages, p => Assert.Equal(p.Page.QuerySelector("link[rel=canonical]")?.GetAttribute("href"), Meta(p.Page, "og:url")));
    }

    [Fact]
    public async Task A_posting_is_shared_with_its_title_company_salary_and_place_and_a_role_with_its_summary()
    {
        await using var db = Site.CreateContext();
        var posting = await TestPostings.PostingAsync(db, await TestPostings.RecruiterAsync(db));
        var summary = await db.RoleProfiles.Where(r => r.Slug == "data-scientist").Select(r => r.Summary).SingleAsync();

        var (_, postingPage) = await GetPageAsync($"/jobs/{posting.Id}/{posting.Slug}");
        var (_, rolePage) = await GetPageAsync("/roles/data-scientist");

        Assert.Equal("Senior Python Developer at Snake Oil GmbH", Meta(postingPage, "og:title"));
        Assert.Equal("Senior Python Developer at Snake Oil GmbH", Meta(postingPage, "twitter:title"));
        Assert.Equal("article", Meta(postingPage, "og:type"));
        Assert.Contains("Berlin, Germany", Meta(postingPage, "og:description"), StringComparison.Ordinal);
        Assert.Contains("EUR 70,000-90,000 a year", Meta(postingPage, "og:description"), StringComparison.Ordinal);
        Assert.Equal(summary, Meta(rolePage, "og:description"));
        Assert.Equal(summary, Meta(rolePage, "twitter:description"));
        Assert.Equal($"{CareersSite.PublicOrigin}/icon-512.png", Meta(rolePage, "og:image"));
    }

    [Fact]
    public async Task A_closed_posting_is_noindex_and_an_open_one_is_not()
    {
        await using var db = Site.CreateContext();
        var recruiter = await TestPostings.RecruiterAsync(db);
        var open = await TestPostings.PostingAsync(db, recruiter, details: TestPostings.Details("Open Developer"));
        var filled = await TestPostings.PostingAsync(db, recruiter, PostingStatus.Filled, TestPostings.Details("Filled Developer"));

        var (_, openPage) = await GetPageAsync($"/jobs/{open.Id}/{open.Slug}");
        var (_, filledPage) = await GetPageAsync($"/jobs/{filled.Id}/{filled.Slug}");

        Assert.Null(openPage.QuerySelector("meta[name=robots]"));
        Assert.Contains("no longer open", filledPage.Body!.TextContent, StringComparison.Ordinal);
        Assert.Equal("noindex", filledPage.QuerySelector("meta[name=robots]")?.GetAttribute("content"));
    }

    [Theory]
    [InlineData("/favicon.ico", "image/x-icon")]
    [InlineData("/favicon.svg", "image/svg+xml")]
    [InlineData("/apple-touch-icon.png", "image/png")]
    [InlineData("/icon-192.png", "image/png")]
    [InlineData("/icon-512.png", "image/png")]
    [InlineData("/site.webmanifest", "application/manifest+json")]
    public async Task The_icons_and_the_manifest_answer_200_with_their_content_types(string path, string contentType)
    {
        using var client = Site.CreateClient();

        using var response = await client.GetAsync(new Uri(path, UriKind.Relative));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(contentType, response.Content.Headers.ContentType?.MediaType);
        Assert.NotEmpty(await response.Content.ReadAsByteArrayAsync());
    }

    [Fact]
    public async Task The_manifest_names_icons_that_exist()
    {
        using var client = Site.CreateClient();
        using var manifest = JsonDocument.Parse(await client.GetStringAsync(new Uri("/site.webmanifest", UriKind.Relative)));

        var icons = manifest.RootElement.GetProperty("icons").EnumerateArray().Select(i => i.GetProperty("src").GetString()!).ToList();

        Assert.Equal("PythonCareers", manifest.RootElement.GetProperty("name").GetString());
        Assert.Contains("/icon-512.png", icons);
        foreach (var icon in icons)
        {
            using var response = await client.GetAsync(new Uri(icon, UriKind.Relative));
            Assert.True(response.StatusCode == HttpStatusCode.OK, $"{icon} answered {response.StatusCode}");
        }
    }

    private static IEnumerable<string> Missing(IHtmlDocument page)
    {
        foreach (var property in new[] { "og:site_name", "og:type", "og:title", "og:description", "og:url", "og:image", "twitter:card", "twitter:title", "twitter:description" })
        {
            if (string.IsNullOrWhiteSpace(Meta(page, property)))
            {
                yield return property;
            }
        }

        foreach (var link in new[] { "link[rel=icon][type='image/svg+xml']", "link[rel=icon][href^='/favicon.ico']", "link[rel=manifest]", "link[rel=apple-touch-icon]" })
        {
            if (page.QuerySelector(link) is null)
            {
                yield return link;
            }
        }
    }

    private static string? Meta(IHtmlDocument page, string name) =>
        (page.QuerySelector($"meta[property='{name}']") ?? page.QuerySelector($"meta[name='{name}']"))?.GetAttribute("content");
}
