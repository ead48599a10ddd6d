using Microsoft.AspNetCore.Http.Features;

namespace PythonCareers.Web.Infrastructure;

/// <summary>
/// Answers HEAD on every GET route as GET would, without the body: MVC's [HttpGet] matches GET only, so uptime monitors
/// and link checkers got 405 from every page. It runs before routing and the output cache, so the request is routed,
/// cached and logged as a GET (same status, headers, cache entry and redirects; static files too), and what it writes
/// goes nowhere; the method is HEAD again once it returns.
/// </summary>
public sealed class HeadRequests(RequestDelegate next)
{
    public async Task InvokeAsync(HttpContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        if (!HttpMethods.IsHead(context.Request.Method))
        {
            await next(context);
            return;
        }

        var body = context.Features.GetRequiredFeature<IHttpResponseBodyFeature>();
        context.Request.Method = HttpMethods.Get;
        context.Features.Set<IHttpResponseBodyFeature>(new StreamResponseBodyFeature(Stream.Null, body));
        try
        {
            await next(context);
        }
        finally
        {
            context.Features.Set(body);
            context.Request.Method = HttpMethods.Head;
        }
    }
}
