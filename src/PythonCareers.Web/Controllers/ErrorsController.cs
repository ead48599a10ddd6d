using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Mvc;

namespace PythonCareers.Web.Controllers;

/// <summary>Error pages in the site layout; the status code pages middleware re-executes here.</summary>
[Route("error")]
[IgnoreAntiforgeryToken]
public sealed class ErrorsController : Controller
{
    [Route("{statusCode:int}")]
    public IActionResult Status(int statusCode)
    {
        // Only re-executed requests show their own status; a visitor typing /error/500 gets the 404 page.
        var reExecuted = HttpContext.Features.Get<IStatusCodeReExecuteFeature>() is not null
            || HttpContext.Features.Get<IExceptionHandlerFeature>() is not null;
        var code = reExecuted && statusCode is >= 400 and <= 599 ? statusCode : 404;
        Response.StatusCode = code;
        return View(code == 404 ? "NotFound" : "Error", code);
    }
}
