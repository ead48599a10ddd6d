using System.Buffers.Text;
using System.Globalization;
using System.Security.Cryptography;
using Microsoft.AspNetCore.Mvc.Filters;
using Microsoft.Net.Http.Headers;

namespace PythonCareers.Web.Features.Api;

/// <summary>
/// Public data's caching headers: every 200 carries a strong ETag (a SHA-256 hash of its body) and
/// <c>Cache-Control: public, max-age</c>; a request whose If-None-Match names the ETag gets 304 without the body. The output
/// cache stores the headers with the body, and answers If-None-Match itself when it serves an entry, so the ETag is the same
/// whichever of the two answers. A signed-in visitor's answer still gets no-store (SecurityHeadersMiddleware).
/// </summary>
[AttributeUsage(AttributeTargets.Class | AttributeTargets.Method)]
public sealed class PublicDataCachingAttribute(int maxAgeSeconds) : Attribute, IAsyncResultFilter
{
    public int MaxAgeSeconds { get; } = maxAgeSeconds;

    public async Task OnResultExecutionAsync(ResultExecutingContext context, ResultExecutionDelegate next)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(next);
        var response = context.HttpContext.Response;
        var body = response.Body;
        using var buffer = new MemoryStream();
        response.Body = buffer;
        try
        {
            await next();
        }
        finally
        {
            response.Body = body;
        }

        if (response.StatusCode == StatusCodes.Status200OK)
        {
            buffer.Position = 0;
            var tag = new EntityTagHeaderValue($"\"{Base64Url.EncodeToString(await SHA256.HashDataAsync(buffer, context.HttpContext.RequestAborted))}\"");
            response.Headers.ETag = tag.ToString();
            response.Headers.CacheControl = $"public, max-age={MaxAgeSeconds.ToString(CultureInfo.InvariantCulture)}";
            if (Matches(context.HttpContext.Request.Headers.IfNoneMatch, tag))
            {
                response.StatusCode = StatusCodes.Status304NotModified;
                response.ContentLength = null;
                return;
            }
        }

        response.ContentLength = buffer.Length;
        buffer.Position = 0;
        await buffer.CopyToAsync(body, context.HttpContext.RequestAborted);
    }

    /// <summary>If-None-Match compares weakly (RFC 9110 13.1.2): "*", or any listed tag with the same value.</summary>
    private static bool Matches(Microsoft.Extensions.Primitives.StringValues ifNoneMatch, EntityTagHeaderValue tag) =>
        EntityTagHeaderValue.TryParseList(ifNoneMatch, out var tags)
        && tags.Any(candidate => candidate.Equals(EntityTagHeaderValue.Any) || candidate.Compare(tag, useStrongComparison: false));
}
