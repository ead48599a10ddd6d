namespace PythonCareers.Web.Infrastructure;

/// <summary>The "PublicPages" configuration section: how the anonymous public pages are kept in the output cache.</summary>
public sealed class PublicPageCacheOptions
{
    public const string Section = "PublicPages";

    /// <summary>
    /// How long a page is kept at most; every write that changes it evicts it sooner. 0 turns the cache off. The limit
    /// only matters for a page that a write's eviction missed (see <see cref="EvictAgainAfterSeconds"/>).
    /// </summary>
    public int CacheSeconds { get; set; } = 3600;

    /// <summary>
    /// A write evicts its pages at once and again this much later: a page rendered from the old data while the write
    /// committed (or read from a replica that had not replayed it yet) could otherwise be stored after the first eviction.
    /// 0 evicts once.
    /// </summary>
    public double EvictAgainAfterSeconds { get; set; } = 2;
}
