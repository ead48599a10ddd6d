using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;

namespace PythonCareers.Benchmarks;

/// <summary>
/// The ceiling a page is measured against: the same bytes the site answered for it, fetched once and then served from
/// memory by a bare Kestrel endpoint (no middleware, no logging), as fast as this machine serves those bytes at all.
/// </summary>
public static class PageCeiling
{
    public static async Task RunAsync(Uri site, int port, IReadOnlyList<string> paths)
    {
        using var client = new HttpClient { BaseAddress = site };
        var pages = new Dictionary<string, (byte[] Body, string ContentType)>(StringComparer.Ordinal);
        foreach (var path in paths)
        {
            using var response = await client.GetAsync(new Uri(path, UriKind.Relative));
            response.EnsureSuccessStatusCode();
            pages[path] = (await response.Content.ReadAsByteArrayAsync(), response.Content.Headers.ContentType!.ToString());
        }

        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.UseUrls($"http://127.0.0.1:{port}");
        await using var app = builder.Build();
        app.Run(context =>
        {
            if (!pages.TryGetValue(context.Request.Path.Value + context.Request.QueryString.Value, out var page))
            {
                context.Response.StatusCode = StatusCodes.Status404NotFound;
                return Task.CompletedTask;
            }

            context.Response.ContentType = page.ContentType;
            context.Response.ContentLength = page.Body.Length;
            return context.Response.Body.WriteAsync(page.Body).AsTask();
        });
        Console.WriteLine($"serving {pages.Count} pages from memory on http://127.0.0.1:{port}");
        await app.RunAsync();
    }
}
