using Microsoft.AspNetCore.Cors;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.OutputCaching;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.Options;
using PythonCareers.Core;
using PythonCareers.Web.Features.Api;
using PythonCareers.Web.Infrastructure;

namespace PythonCareers.Web.Features.Data;

/// <summary>The open data: a page saying what it is, its licence and how to cite it, and the cited salary dataset as CSV and JSON.</summary>
[ReadsFromReplica]
[Route("data")]
[OutputCache(PolicyName = PublicPages.ContentPolicy)]
public sealed class DataController(AppDbContext db, IOptions<SiteOptions> site) : Controller
{
    [HttpGet("")]
    public async Task<IActionResult> Index(CancellationToken cancellationToken)
    {
        var figures = await CitedSalaryFigures.AllAsync(db, cancellationToken);
        return View(new DataPageViewModel(figures.Count, SalaryDataset.SourcesOf(figures), SalaryDataset.Citation(Page())));
    }

    [HttpGet("salaries.csv")]
    [EnableCors(ApiServices.CorsPolicy)]
    [EnableRateLimiting(RateLimits.Api)]
    [PublicDataCaching(PublicApiController.ContentMaxAgeSeconds)]
    public async Task<IActionResult> SalariesCsv(CancellationToken cancellationToken)
    {
        Licensed();
        return File(SalaryDatasetCsv.Write(await CitedSalaryFigures.AllAsync(db, cancellationToken)), "text/csv; charset=utf-8");
    }

    [HttpGet("salaries.json")]
    [EnableCors(ApiServices.CorsPolicy)]
    [EnableRateLimiting(RateLimits.Api)]
    [PublicDataCaching(PublicApiController.ContentMaxAgeSeconds)]
    public async Task<ActionResult<SalaryDataset>> SalariesJson(CancellationToken cancellationToken)
    {
        Licensed();
        return SalaryDataset.Of(await CitedSalaryFigures.AllAsync(db, cancellationToken), Page());
    }

    /// <summary>The files name their licence in a Link header (RFC 8288), so that it travels with a file saved on its own.</summary>
    private void Licensed() => Response.Headers.Link = $"<{SalaryDataset.LicenceAddress}>; rel=\"license\"";

    private Uri Page() => new(site.Value.PublicOrigin, Url.Action(nameof(Index)) ?? throw new InvalidOperationException("No route leads to the data page."));
}
