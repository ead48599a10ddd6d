using System.Globalization;
using System.Text.RegularExpressions;
using AngleSharp.Html.Dom;
using PythonCareers.Core.Accounts;
using PythonCareers.Core.Jobs;
using PythonCareers.Web.Tests.Infrastructure;

namespace PythonCareers.Web.Tests.Pages;

/// <summary>
/// One page of every kind the site serves, found from the route table and opened by the user who sees it: public pages
/// anonymously, the recruiter area as the recruiter who owns the posting, the admin area as an admin; with the home page
/// signed in, a refused search and the 404 page besides.
/// </summary>
public static partial class SitePages
{
    private static readonly Dictionary<string, string> Slugs = new()
    {
        ["roles"] = "data-scientist",
        ["salaries"] = "data-scientist",
        ["skills"] = "django",
        ["areas"] = "web-development",
        ["companies"] = "snake-oil-gmbh",
    };

    /// <summary>Pages whose route names two records, each filled with a real pair.</summary>
    private static readonly Dictionary<string, string> Pairs = new()
    {
        ["roles/compare/{a:slug}/{b:slug}"] = "/roles/compare/data-scientist/python-web-developer",
    };

    public static async Task<List<(string Path, IHtmlDocument Page)>> OpenAllAsync(CareersSite site)
    {
        var pages = new List<(string, IHtmlDocument)>();
        await VisitAllAsync(site, IsPage, async (visitor, path) =>
        {
            var (response, page) = await visitor.GetAsync(path);
            Assert.True(response.Content.Headers.ContentType?.MediaType == "text/html", $"{path} answered {response.StatusCode} with {response.Content.Headers.ContentType}");
            pages.Add((path, page));
        });
        return pages;
    }

    /// <summary>
    /// Hands <paramref name="visit"/> each GET endpoint <paramref name="which"/> chooses, as a path with real records in it
    /// and the visitor who may open it, then the refused search, the 404 page and the home page signed in.
    /// </summary>
    public static async Task VisitAllAsync(CareersSite site, Func<SiteEndpoint, bool> which, Func<Visitor, string, Task> visit)
    {
        ArgumentNullException.ThrowIfNull(site);
        ArgumentNullException.ThrowIfNull(which);
        ArgumentNullException.ThrowIfNull(visit);
        var (recruiter, recruiterUser) = await site.SignUpAsync();
        using var _ = recruiter;
        using var admin = await site.SignInAsAsync("admin@pythoncareers.example", CareerRoles.Admin);
        using var anonymous = site.NewVisitor();
        await using var db = site.CreateContext();
        var posting = await TestPostings.PostingAsync(db, recruiterUser, PostingStatus.Published);
        var inReview = await TestPostings.PostingAsync(db, await TestPostings.RecruiterAsync(db), PostingStatus.InReview);
        var ids = await SiteEndpoints.IdsAsync(site, posting.Id);
        ids["moderation"] = inReview.Id.ToString(CultureInfo.InvariantCulture);

        var visits = SiteEndpoints.All(site)
            .Where(e => e.Method == "GET" && which(e))
            .Select(e => (Visitor: e.IsAdminArea ? admin : e.IsRecruiterArea ? recruiter : anonymous, Path: Fill(e, ids, posting)))
            .Concat([(anonymous, "/jobs?workplace=moon"), (anonymous, "/no-such-page"), (recruiter, "/"), (admin, "/")]);
        foreach (var (visitor, path) in visits)
        {
            await visit(visitor, path);
        }
    }

    /// <summary>The GET endpoints that answer with a page (files such as feeds, robots.txt and the sitemap, the CSV export, the JSON API and its reference, health checks and the error route are not pages).</summary>
    private static bool IsPage(SiteEndpoint endpoint) =>
        !endpoint.Pattern.Contains('.', StringComparison.Ordinal)
        && !endpoint.Pattern.StartsWith("api/", StringComparison.Ordinal)
        && !endpoint.Pattern.StartsWith("health", StringComparison.Ordinal)
        && !endpoint.Pattern.StartsWith("error", StringComparison.Ordinal)
        && endpoint.Pattern != "admin/salaries/export";

    private static string Fill(SiteEndpoint endpoint, IReadOnlyDictionary<string, string> ids, JobPosting posting)
    {
        if (endpoint.Pattern.StartsWith("jobs/{id", StringComparison.Ordinal))
        {
            return $"/jobs/{posting.Id}/{posting.Slug}";
        }

        if (Pairs.TryGetValue(endpoint.Pattern, out var pair))
        {
            return pair;
        }

        if (endpoint.Pattern.StartsWith("api/v1/jobs/{id", StringComparison.Ordinal))
        {
            return $"/api/v1/jobs/{posting.Id}";
        }

        // The slug of the kind the segment before it names: roles/{slug}, api/v1/roles/{slug}.
        var segments = endpoint.Pattern.Split('/');
        var slugged = SlugPlaceholder().Replace(endpoint.Pattern, _ => Slugs[segments[Array.FindIndex(segments, s => SlugPlaceholder().IsMatch(s)) - 1]]);
        return (endpoint with { Pattern = slugged }).Path(ids);
    }

    [GeneratedRegex(@"\{slug(:\w+)?\}")]
    private static partial Regex SlugPlaceholder();
}
