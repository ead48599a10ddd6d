using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.OutputCaching;
using Microsoft.EntityFrameworkCore;
using PythonCareers.Core;
using PythonCareers.Core.Market;
using PythonCareers.Web.Infrastructure;

namespace PythonCareers.Web.Features.Api;

/// <summary>The market: what PythonCareers' own postings pay, and how many Python jobs the sources counted open.</summary>
[ReadsFromReplica]
[Route("api/v1/market")]
[Tags("Market")]
[PublicDataCaching(ContentMaxAgeSeconds)]
public sealed class MarketApiController(AppDbContext db, PostedPayIndex index) : PublicApiController
{
    [HttpGet("")]
    [OutputCache(PolicyName = PublicPages.ContentPolicy)]
    [EndpointSummary("The posted-salary index and the open positions")]
    [EndpointDescription("Every figure of the latest daily snapshot of the posted-salary index, by role, country, level, kind of work and currency, with its postings and companies; and the open Python positions each source counted, with its date.")]
    [ProducesResponseType<MarketView>(StatusCodes.Status200OK, "application/json")]
    public async Task<ActionResult<MarketView>> Market(CancellationToken cancellationToken)
    {
        var asOf = await index.LatestDateAsync(cancellationToken);
        var posted = await index.LatestAsync(null, cancellationToken);
        var open = await db.MarketFigures
            .OrderBy(m => m.CountryCode).ThenBy(m => m.Level)
            .Select(m => new CitedOpenPositions(
                m.CountryCode, m.Level, m.OpenPositions, m.IsApproximate, m.AsOf,
                new ApiSource(m.Source.Publisher, m.Source.Title, m.Source.Url, m.Source.AsOf, m.Source.AsOfPrecision)))
            .ToListAsync(cancellationToken);
        return new MarketView(PostedSalaryIndex.Of(asOf, posted), open);
    }
}
