using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.OutputCaching;
using PythonCareers.Core;
using PythonCareers.Web.Infrastructure;

namespace PythonCareers.Web.Features.Api;

/// <summary>The cited salary figures: what the site's sources say each role pays.</summary>
[ReadsFromReplica]
[Route("api/v1/salaries")]
[Tags("Salaries")]
[PublicDataCaching(ContentMaxAgeSeconds)]
public sealed class SalariesApiController(AppDbContext db) : PublicApiController
{
    [HttpGet("")]
    [OutputCache(PolicyName = PublicPages.ContentPolicy)]
    [EndpointSummary("Every current cited salary figure")]
    [EndpointDescription("Each figure with its role, country (null when the source names none), kind of work, level, period, amounts, as-of date and source. The same figures as /data/salaries.csv and /data/salaries.json.")]
    [ProducesResponseType<CitedSalaries>(StatusCodes.Status200OK, "application/json")]
    public async Task<ActionResult<CitedSalaries>> Salaries(CancellationToken cancellationToken) =>
        new CitedSalaries(await CitedSalaryFigures.AllAsync(db, cancellationToken));
}
