using System.ComponentModel.DataAnnotations;

namespace PythonCareers.Web.Features.Crawlers;

/// <summary>The "Sitemap" configuration section.</summary>
public sealed class SitemapOptions
{
    public const string Section = "Sitemap";

    /// <summary>The most URLs one part of the sitemap lists: the protocol allows 50,000; a test sets a few.</summary>
    [Range(1, 50_000)]
    public int UrlsPerPart { get; set; } = 50_000;
}
