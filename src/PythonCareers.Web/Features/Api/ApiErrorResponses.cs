using Microsoft.AspNetCore.Diagnostics;

namespace PythonCareers.Web.Features.Api;

/// <summary>
/// Under /api every error is problem+json, never the site's HTML error page: a status without a body (an unknown path's 404,
/// routing's 405, the rate limiter's 429) gets its problem here, before the status code pages would re-execute the error page;
/// an exception, which the exception handler re-executes as /error/500 or /error/503, gets it when that re-execution passes.
/// </summary>
public sealed class ApiErrorResponses(RequestDelegate next)
{
    public async Task InvokeAsync(HttpContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        if (context.Features.Get<IExceptionHandlerPathFeature>() is { } failure && IsApi(failure.Path))
        {
            await ApiProblems.WriteAsync(context, context.Response.StatusCode);
            return;
        }

        if (!IsApi(context.Request.Path))
        {
            await next(context);
            return;
        }

        await next(context);
        var response = context.Response;
        if (response.StatusCode >= StatusCodes.Status400BadRequest && !response.HasStarted && response.ContentLength is null && string.IsNullOrEmpty(response.ContentType))
        {
            await ApiProblems.WriteAsync(context, response.StatusCode);
        }
    }

    private static bool IsApi(PathString path) => path.StartsWithSegments("/api", StringComparison.OrdinalIgnoreCase);
}
