using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.OutputCaching;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Primitives;
using PythonCareers.Core;
using PythonCareers.Core.Common;
using PythonCareers.Core.Jobs;
using PythonCareers.Core.Jobs.Search;
using PythonCareers.Core.Market;
using PythonCareers.Core.Salaries;
using PythonCareers.Web.Features.Salaries;
using PythonCareers.Web.Features.Skills;
using PythonCareers.Web.Infrastructure;

namespace PythonCareers.Web.Features.Jobs;

/// <summary>The job seeker's side of the job board: search and the posting pages. GET only, no cookies.</summary>
[ReadsFromReplica]
[Route("jobs")]
public sealed class JobsController(AppDbContext db, JobSearch search, PostedPayIndex postedPay, MarkdownRenderer markdown, IOptions<SiteOptions> site, BoardMetrics metrics) : Controller
{
    [HttpGet("")]
    [OutputCache(PolicyName = PublicPages.PostingsPolicy)]
    public async Task<IActionResult> Index(
        [FromQuery] JobSearchQuery query,
        CancellationToken cancellationToken)
    {
        if (!ModelState.IsValid)
        {
            Response.StatusCode = StatusCodes.Status400BadRequest;
            return View(new JobSearchViewModel(query, await search.ChoicesAsync(cancellationToken), null));
        }

        // The search form sends its empty fields too. Such a search is sent on to its own address without them: shorter to
        // share, and cached once rather than once for each way of spelling it.
        var criteria = query.ToCriteria();
        if (Request.Query.Any(parameter => StringValues.IsNullOrEmpty(parameter.Value)))
        {
            return Redirect(Url.JobSearch(criteria));
        }

        var result = await search.RunAsync(criteria, cancellationToken);
        metrics.JobSearched();
        return View(new JobSearchViewModel(query, result.Facets, result));
    }

    [HttpGet("{id:int}/{slug?}")]
    [OutputCache(PolicyName = PublicPages.PostingsPolicy)]
    public async Task<IActionResult> Details(int id, string? slug, CancellationToken cancellationToken)
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

        if (slug != posting.Slug)
        {
            return RedirectToActionPermanent(nameof(Details), new { id, slug = posting.Slug });
        }

        var skills = (await db.Skills
            .Where(s => posting.SkillIds.Contains(s.Id))
            .Select(s => new SkillLink(s.Slug, s.Name))
            .ToListAsync(cancellationToken))
            .OrderBy(s => s.Name, StringComparer.OrdinalIgnoreCase)
            .ToList();
        var level = MarketComparison.LevelFor(posting.Level);
        var figures = SalaryFigureView.InDisplayOrder(await db.CurrentSalaryFigures()
            .Where(f => f.RoleProfileId == posting.RoleProfileId)
            .Where(f => f.CountryCode == posting.CountryCode || f.CountryCode == null)
            .Where(f => f.Level == level || f.Level == CareerLevel.AllLevels)
            .Select(SalaryFigureView.FromEntity)
            .ToListAsync(cancellationToken)).ToList();
        var market = new MarketComparison(
            level, [.. figures.Where(f => f.CountryCode is not null)], [.. figures.Where(f => f.CountryCode is null)], await postedPay.PlaceAsync(posting.Id, cancellationToken));

        var descriptionHtml = markdown.ToSafeHtml(posting.Description);
        // A sample is no job to tell search engines about.
        var structuredData = posting.IsOpen && !posting.IsSample
            ? JobPostingJsonLd.For(posting, descriptionHtml, skills, new Uri(site.Value.PublicOrigin, Url.Posting(posting.Id, posting.Slug)))
            : null;
        var similar = await db.SimilarAsync(posting.Id, posting.RoleProfileId, posting.Level, posting.CountryCode, PostingPageViewModel.SimilarShown, cancellationToken);
        return View(new PostingPageViewModel(posting, descriptionHtml, skills, market, structuredData, similar));
    }
}
