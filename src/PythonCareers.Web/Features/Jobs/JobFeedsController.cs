using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.OutputCaching;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using PythonCareers.Core;
using PythonCareers.Core.Jobs;
using PythonCareers.Core.Jobs.Search;
using PythonCareers.Core.Roles;
using PythonCareers.Web.Features.Alerts;
using PythonCareers.Web.Infrastructure;

namespace PythonCareers.Web.Features.Jobs;

/// <summary>RSS 2.0 feeds of the newest live postings: all of them, those of a search, and per role.</summary>
[OutputCache(PolicyName = PublicPages.PostingsPolicy)]
[ReadsFromReplica]
public sealed class JobFeedsController(AppDbContext db, JobSearch search, IOptions<SiteOptions> site, TimeProvider clock) : Controller
{
    /// <summary>
    /// The newest live postings, or those of the search the query string names as /jobs takes it (the search page links
    /// here with its own query), by the same definition of a match as the search page and a job alert.
    /// </summary>
    [HttpGet("/jobs/feed.xml")]
    public async Task<IActionResult> All([FromQuery] JobSearchQuery query, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(query);
        if (!ModelState.IsValid)
        {
            return BadRequest();
        }

        var criteria = JobFeed.SearchOf(query.ToCriteria());
        if (criteria == JobSearchCriteria.Everything)
        {
            var postings = await NewestAsync(db.JobPostings.Live(), cancellationToken);
            return Feed("New Python jobs on PythonCareers", "The newest Python jobs on PythonCareers.", Url.JobSearch(criteria), Url.Action(nameof(All))!, postings);
        }

        var matches = await search.PublishedBetweenAsync(criteria, DateTime.MinValue, clock.GetUtcNow().UtcDateTime, JobFeed.Size, cancellationToken);
        var described = AlertWording.Describe(criteria);
        return Feed(
            $"New Python jobs matching {described} on PythonCareers",
            $"The newest Python jobs matching {described} on PythonCareers.",
            Url.JobSearch(criteria),
            Url.SearchFeed(criteria),
            matches);
    }

    [HttpGet("/roles/{slug:slug}/jobs.xml")]
    public async Task<IActionResult> ForRole(string slug, CancellationToken cancellationToken)
    {
        var role = await db.RoleProfiles.Published().Where(r => r.Slug == slug).Select(r => new { r.Id, r.Title }).SingleOrDefaultAsync(cancellationToken);
        if (role is null)
        {
            return NotFound();
        }

        var postings = await NewestAsync(db.JobPostings.Live().Where(p => p.RoleProfileId == role.Id), cancellationToken);
        return Feed(
            $"New {role.Title} jobs on PythonCareers",
            $"The newest {role.Title} jobs on PythonCareers.",
            Url.JobSearch(JobSearchCriteria.Everything with { RoleSlug = slug }),
            Url.Action(nameof(ForRole), new { slug })!,
            postings);
    }

    private static Task<List<PostingSummary>> NewestAsync(IQueryable<JobPosting> postings, CancellationToken cancellationToken) =>
        postings
            .OrderByDescending(p => p.PublishedAt).ThenByDescending(p => p.Id)
            .Take(JobFeed.Size)
            .Select(PostingSummary.FromPosting)
            .ToListAsync(cancellationToken);

    private FileContentResult Feed(string title, string description, string pagePath, string feedPath, IReadOnlyList<PostingSummary> postings)
    {
        var origin = site.Value.PublicOrigin;
        return File(JobFeed.Write(title, description, new Uri(origin, pagePath), new Uri(origin, feedPath), postings, p => new Uri(origin, Url.Posting(p.Id, p.Slug))), JobFeed.ContentType);
    }
}
