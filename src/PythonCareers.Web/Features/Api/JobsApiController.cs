using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.OutputCaching;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using PythonCareers.Core;
using PythonCareers.Core.Common;
using PythonCareers.Core.Jobs;
using PythonCareers.Core.Jobs.Search;
using PythonCareers.Web.Features.Jobs;
using PythonCareers.Web.Infrastructure;

namespace PythonCareers.Web.Features.Api;

/// <summary>The job board: the same search as /jobs (one query definition, its validator and its paging), and each public posting.</summary>
[ReadsFromReplica]
[Route("api/v1/jobs")]
[Tags("Jobs")]
[PublicDataCaching(PostingsMaxAgeSeconds)]
public sealed class JobsApiController(AppDbContext db, JobSearch search, IOptions<SiteOptions> site, BoardMetrics metrics) : PublicApiController
{
    [HttpGet("")]
    [OutputCache(PolicyName = PublicPages.PostingsPolicy)]
    [EndpointSummary("Search the live postings")]
    [EndpointDescription("The query parameters, their validation and the results of /jobs: 20 postings a page, pages 1 to 50, the facets with their counts.")]
    [ProducesResponseType<JobSearchPage>(StatusCodes.Status200OK, "application/json")]
    public async Task<ActionResult<JobSearchPage>> Search([FromQuery] JobSearchQuery query, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(query);
        var result = await search.RunAsync(query.ToCriteria(), cancellationToken);
        metrics.JobSearched();
        var criteria = result.Criteria;
        string? PageLink(int page) => page >= 1 && page <= result.PageCount
            ? Url.Action(nameof(Search), new { area = "" }) + "?" + (criteria with { Page = page }).ToQueryString()
            : null;
        var facets = result.Facets;
        return new JobSearchPage(
            [.. result.Postings.Select(Summary)],
            criteria.Page,
            JobSearchCriteria.PageSize,
            result.PageCount,
            Math.Min(result.Count, JobSearchResult.CountCap),
            result.CountIsCapped,
            PageLink(criteria.Page + 1),
            PageLink(criteria.Page - 1),
            new SearchFacets(
                Facets(facets.Roles), Facets(facets.Countries), Facets(facets.Workplaces), Facets(facets.EmploymentTypes),
                Facets(facets.Levels), Facets(facets.Skills), facets.CountsAreLowerBounds));
    }

    [HttpGet("{id:int}")]
    [OutputCache(PolicyName = PublicPages.PostingsPolicy)]
    [EndpointSummary("A public posting, open or closed")]
    [EndpointDescription("A posting as its page shows it. Drafts, postings in review, rejected ones and revisions are not found.")]
    [ProducesResponseType<JobPostingDetails>(StatusCodes.Status200OK, "application/json")]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status404NotFound, ApiProblems.ContentType)]
    public async Task<ActionResult<JobPostingDetails>> Posting(int id, CancellationToken cancellationToken)
    {
        var posting = await db.JobPostings
            .Where(p => p.Id == id)
            .Where(PostingPage.EverPublished)
            .Select(PostingPage.FromPosting)
            .SingleOrDefaultAsync(cancellationToken);
        if (posting is null)
        {
            return NotFound();
        }

        var skills = (await db.Skills
            .Where(s => posting.SkillIds.Contains(s.Id))
            .Select(s => new ApiLink(s.Slug, s.Name))
            .ToListAsync(cancellationToken))
            .OrderBy(s => s.Name, StringComparer.OrdinalIgnoreCase)
            .ToList();
        return new JobPostingDetails(
            posting.Id,
            posting.Title,
            Absolute(Url.Posting(posting.Id, posting.Slug)),
            new ApiLink(posting.CompanySlug, posting.CompanyName),
            posting.CompanyWebsite,
            new ApiLink(posting.RoleSlug, posting.RoleTitle),
            posting.Level,
            posting.EmploymentType,
            posting.Workplace,
            posting.RemoteCountries,
            posting.City,
            posting.CountryCode,
            new PostedSalary(posting.SalaryMin, posting.SalaryMax, posting.Currency, posting.SalaryPeriod),
            new PostedSalary(posting.SalaryMinYearly, posting.SalaryMaxYearly, posting.Currency, Core.Salaries.PayPeriod.Year),
            posting.Description,
            skills,
            posting.SafeApplyUrl,
            posting.SafeApplyEmail,
            posting.VisaSponsorship,
            posting.Relocation,
            posting.Status,
            posting.IsOpen,
            posting.PublishedAt,
            posting.ExpiresAt,
            posting.ClosedAt,
            posting.IsSample);
    }

    private JobSummary Summary(PostingSummary posting) => new(
        posting.Id,
        posting.Title,
        Absolute(Url.Posting(posting.Id, posting.Slug)),
        new ApiLink(posting.CompanySlug, posting.CompanyName),
        new ApiLink(posting.RoleSlug, posting.RoleTitle),
        posting.Level,
        posting.EmploymentType,
        posting.Workplace,
        posting.City,
        posting.CountryCode,
        new PostedSalary(posting.SalaryMin, posting.SalaryMax, posting.Currency, posting.SalaryPeriod),
        posting.PublishedAt,
        posting.ExpiresAt,
        posting.IsSample);

    private string Absolute(string path) => new Uri(site.Value.PublicOrigin, path).AbsoluteUri;

    private static List<SearchFacet> Facets(IReadOnlyList<FacetOption> options) => [.. options.Select(o => new SearchFacet(o.Value, o.Label, o.Count))];
}
