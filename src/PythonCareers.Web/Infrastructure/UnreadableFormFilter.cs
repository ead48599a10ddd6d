using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Filters;

namespace PythonCareers.Web.Infrastructure;

/// <summary>
/// Reads every posted form once, before the antiforgery check (order 1000) and after any [RequestFormLimits] (order 900),
/// so a form that cannot be read answers 400, or the server's own status for a body over its limit (413), with the error
/// page; the antiforgery check would otherwise call every such failure a bad token.
/// </summary>
public sealed class UnreadableFormFilter : IAsyncAuthorizationFilter, IOrderedFilter
{
    public int Order => 950;

    public async Task OnAuthorizationAsync(AuthorizationFilterContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var request = context.HttpContext.Request;

        // The error page re-executed for such a request does not judge its form again.
        if (!request.HasFormContentType || context.HttpContext.Features.Get<IStatusCodeReExecuteFeature>() is not null)
        {
            return;
        }

        try
        {
            await request.ReadFormAsync(context.HttpContext.RequestAborted);
        }
        catch (BadHttpRequestException refused)
        {
            context.Result = new StatusCodeResult(refused.StatusCode);
        }
        catch (Exception unreadable) when (unreadable is InvalidDataException or IOException && !context.HttpContext.RequestAborted.IsCancellationRequested)
        {
            context.Result = new BadRequestResult();
        }
    }
}
