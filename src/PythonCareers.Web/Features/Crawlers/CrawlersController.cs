using System.Text;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.OutputCaching;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using PythonCareers.Core;
using PythonCareers.Core.Jobs;
using PythonCareers.Core.Roles;
using PythonCareers.Web.Features.Companies;
using PythonCareers.Web.Features.Jobs;
using PythonCareers.Web.Infrastructure;

namespace PythonCareers.Web.Features.Crawlers;

/// <summary>
/// What search engines read first: robots.txt, and the sitemap of every public page worth finding (the index and the
/// role, salary, skill and area pages, the companies that have posted, and every live posting) as an index of parts of at
/// most <see cref="SitemapOptions.UrlsPerPart"/> addresses, in a fixed order (the pages, the companies, the postings by id).
/// </summary>
[ReadsFromReplica]
[OutputCache(PolicyName = PublicPages.PostingsPolicy)]
public sealed class CrawlersController(AppDbContext db, IOptions<SiteOptions> site, IOptions<SitemapOptions> sitemap) : Controller
{
    /// <summary>The signed-in areas, the account forms and the alert links (tokens in their addresses) are no search result.</summary>
    private static readonly string[] Disallowed = ["/admin", "/recruiter", "/account", "/alerts/"];

    private Uri Origin => site.Value.PublicOrigin;

    private int PerPart => sitemap.Value.UrlsPerPart;

    [HttpGet("/robots.txt")]
    [OutputCache(PolicyName = PublicPages.ContentPolicy)]
    public ContentResult Robots()
    {
        var robots = new StringBuilder("User-agent: *\n");
        foreach (var path in Disallowed)
        {
            robots.Append("Disallow: ").Append(path).Append('\n');
        }

        robots.Append("\nSitemap: ").Append(new Uri(Origin, Url.Action(nameof(Index))).AbsoluteUri).Append('\n');
        return Content(robots.ToString(), "text/plain; charset=utf-8");
    }

    [HttpGet("/sitemap.xml")]
    public async Task<FileContentResult> Index(CancellationToken cancellationToken)
    {
        var pages = await PagesAsync(cancellationToken);
        var postings = await Listed.CountAsync(cancellationToken);
        var parts = new List<SitemapUrl>();
        for (var part = 1; (part - 1) * PerPart < pages.Count + postings || part == 1; part++)
        {
            var (first, count) = ((part - 1) * PerPart, PerPart);
            var newestPage = pages.Skip(first).Take(count).Max(p => p.LastModified);
            var newestPosting = await PostingsOf(first - pages.Count, count).MaxAsync(p => (DateTime?)p.UpdatedAt, cancellationToken);
            parts.Add(new SitemapUrl(new Uri(Origin, Url.Action(nameof(Part), new { part })), Later(newestPage, newestPosting)));
        }

        return File(Sitemap.Index(parts), Sitemap.ContentType);
    }

    [HttpGet("/sitemap-{part:int}.xml")]
    public async Task<IActionResult> Part(int part, CancellationToken cancellationToken)
    {
        var pages = await PagesAsync(cancellationToken);
        var postings = await Listed.CountAsync(cancellationToken);
        if (part < 1 || (part > 1 && (part - 1) * PerPart >= pages.Count + postings))
        {
            return NotFound();
        }

        var (first, count) = ((part - 1) * PerPart, PerPart);
        var live = await PostingsOf(first - pages.Count, count)
            .Select(p => new { p.Id, p.Slug, p.UpdatedAt })
            .ToListAsync(cancellationToken);
        var urls = pages.Skip(first).Take(count)
            .Concat(live.Select(p => new SitemapUrl(new Uri(Origin, Url.Posting(p.Id, p.Slug)), p.UpdatedAt)));
        return File(Sitemap.Part(urls), Sitemap.ContentType);
    }

    /// <summary>The live postings the sitemap lists: all but samples, whose pages are noindex.</summary>
    private IQueryable<JobPosting> Listed => db.JobPostings.Live().Where(p => !p.Company.IsSample);

    /// <summary>
    /// The live postings from the <paramref name="first"/>th (counted among postings, so negative while the part still
    /// lists pages) for as many as are left of the part's <paramref name="count"/>.
    /// </summary>
    private IQueryable<JobPosting> PostingsOf(int first, int count) =>
        Listed.OrderBy(p => p.Id).Skip(Math.Max(0, first)).Take(Math.Max(0, count + Math.Min(0, first)));

    /// <summary>
    /// Every page but the postings, in the sitemap's order. Editors' content has no dates of its own: its pages carry the
    /// time of the latest audited edit (every save of the admin area writes one), a company's its postings' latest change.
    /// </summary>
    private async Task<List<SitemapUrl>> PagesAsync(CancellationToken cancellationToken)
    {
        var edited = await db.AuditEntries.MaxAsync(a => (DateTime?)a.At, cancellationToken);
        var roles = await db.RoleProfiles.Published().OrderBy(r => r.SortOrder).ThenBy(r => r.Slug).Select(r => r.Slug).ToListAsync(cancellationToken);
        var skills = await db.Skills.OrderBy(s => s.Slug).Select(s => s.Slug).ToListAsync(cancellationToken);
        var areas = await db.CareerAreas.OrderBy(a => a.Slug).Select(a => a.Slug).ToListAsync(cancellationToken);
        var companies = await db.Companies
            .Where(c => !c.IsSample)
            .Select(c => new { c.Slug, Changed = db.JobPostings.Where(p => p.CompanyId == c.Id && p.RevisionOfId == null && p.PublishedAt != null).Max(p => (DateTime?)p.UpdatedAt) })
            .Where(c => c.Changed != null)
            .OrderBy(c => c.Slug)
            .ToListAsync(cancellationToken);

        string[] indexes =
        [
            Url.Action("Index", "Home", new { area = "" })!,
            Url.Action("Index", "Roles", new { area = "" })!,
            Url.Action("Index", "Salaries", new { area = "" })!,
            Url.Action("Index", "Skills", new { area = "" })!,
            Url.Action("Index", "Jobs", new { area = "" })!,
        ];
        var content = indexes
            .Concat(roles.Select(slug => Url.Action("Details", "Roles", new { area = "", slug })!))
            .Concat(roles.Select(slug => Url.Action("Details", "Salaries", new { area = "", slug })!))
            .Concat(skills.Select(slug => Url.Action("Details", "Skills", new { area = "", slug })!))
            .Concat(areas.Select(slug => Url.Action("Details", "CareerAreas", new { area = "", slug })!))
            .Select(path => new SitemapUrl(new Uri(Origin, path), edited));
        return [.. content, .. companies.Select(c => new SitemapUrl(new Uri(Origin, Url.Company(c.Slug)), c.Changed))];
    }

    private static DateTime? Later(DateTime? a, DateTime? b) => a is null ? b : b is null ? a : a > b ? a : b;
}
