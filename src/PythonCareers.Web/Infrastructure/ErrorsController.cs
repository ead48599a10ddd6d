using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Mvc;

namespace PythonCareers.Web.Infrastructure;

/// <summary>Error pages in the site layout; the status code pages and exception handler middleware re-execute here.</summary>
[Route("error")]
[IgnoreAntiforgeryToken]
public sealed class ErrorsController : Controller
{
    /// <summary>
    /// Takes no parameters on purpose: binding one reads the request's form, and a request whose form cannot be read must
    /// still get its own page. Only re-executed requests show their status; a visitor typing /error/500 gets the 404 page.
    /// </summary>
    [Route("{statusCode:int}")]
    public IActionResult Status()
    {
        var status = HttpContext.Features.Get<IStatusCodeReExecuteFeature>()?.OriginalStatusCode
            ?? (HttpContext.Features.Get<IExceptionHandlerFeature>() is not null ? Response.StatusCode : 404);
        var code = status is >= 400 and <= 599 ? status : 404;
        Response.StatusCode = code;
        if (code == StatusCodes.Status503ServiceUnavailable)
        {
            Response.Headers.RetryAfter = DatabaseOutage.RetryAfterSeconds;
        }

        return View(code == 404 ? "NotFound" : "Error", code);
    }
}
