using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.OutputCaching;
using Microsoft.Extensions.Options;

namespace PythonCareers.Web.Infrastructure;

/// <summary>
/// Keeps the output cache to signed-out visitors. The cache runs before authentication, so that a page served from it
/// costs no cookie decryption; it cannot ask whether the visitor is signed in, so it asks whether the request carries the
/// sign-in cookie, valid or not. Such a request is neither answered from the cache nor stored in it: a signed-in page,
/// with its visitor's name in the header, never reaches anyone else.
/// </summary>
public sealed class SignedOutVisitorsOnly(IOptionsMonitor<CookieAuthenticationOptions> cookies) : IOutputCachePolicy
{
    public ValueTask CacheRequestAsync(OutputCacheContext context, CancellationToken cancellation)
    {
        ArgumentNullException.ThrowIfNull(context);
        if (cookies.Get(IdentityConstants.ApplicationScheme).Cookie.Name is { } name && context.HttpContext.Request.Cookies.ContainsKey(name))
        {
            context.EnableOutputCaching = false;
        }

        return ValueTask.CompletedTask;
    }

    public ValueTask ServeFromCacheAsync(OutputCacheContext context, CancellationToken cancellation) => ValueTask.CompletedTask;

    public ValueTask ServeResponseAsync(OutputCacheContext context, CancellationToken cancellation) => ValueTask.CompletedTask;
}
