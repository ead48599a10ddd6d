using Microsoft.AspNetCore.Cors;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.RateLimiting;
using PythonCareers.Web.Infrastructure;

namespace PythonCareers.Web.Features.Api;

/// <summary>
/// What every controller of the public API shares: GET only, CORS for any origin, the per-client rate limit, query strings
/// checked by <see cref="ApiQueryValidationAttribute"/>, and the documented errors. Each controller also carries
/// [ReadsFromReplica], which does not pass to subclasses. Public data is cached by clients for
/// <see cref="ContentMaxAgeSeconds"/>, postings for <see cref="PostingsMaxAgeSeconds"/>: the site evicts its own cache on
/// every write, but a client's copy can only expire.
/// </summary>
[ApiController]
[ApiQueryValidation]
[EnableCors(ApiServices.CorsPolicy)]
[EnableRateLimiting(RateLimits.Api)]
[ProducesResponseType<ValidationProblemDetails>(StatusCodes.Status400BadRequest, ApiProblems.ContentType)]
[ProducesResponseType<ProblemDetails>(StatusCodes.Status429TooManyRequests, ApiProblems.ContentType)]
[ProducesResponseType<ProblemDetails>(StatusCodes.Status503ServiceUnavailable, ApiProblems.ContentType)]
public abstract class PublicApiController : ControllerBase
{
    public const int ContentMaxAgeSeconds = 300;
    public const int PostingsMaxAgeSeconds = 60;
}
