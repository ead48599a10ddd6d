using System.Globalization;
using System.Text;
using System.Xml;

namespace PythonCareers.Web.Features.Crawlers;

/// <summary>One address of the sitemap, absolute, with when its page last changed when that is known.</summary>
public sealed record SitemapUrl(Uri Location, DateTime? LastModified);

/// <summary>The sitemap protocol's two documents (sitemaps.org 0.9), written with XmlWriter so that every address is escaped.</summary>
public static class Sitemap
{
    public const string ContentType = "application/xml; charset=utf-8";

    private const string Namespace = "http://www.sitemaps.org/schemas/sitemap/0.9";

    /// <summary>The index: one &lt;sitemap&gt; per part.</summary>
    public static byte[] Index(IEnumerable<SitemapUrl> parts) => Write("sitemapindex", "sitemap", parts);

    /// <summary>One part: a &lt;url&gt; per page.</summary>
    public static byte[] Part(IEnumerable<SitemapUrl> urls) => Write("urlset", "url", urls);

    private static byte[] Write(string root, string element, IEnumerable<SitemapUrl> entries)
    {
        using var stream = new MemoryStream();
        using (var xml = XmlWriter.Create(stream, new XmlWriterSettings { Encoding = new UTF8Encoding(false), Indent = true }))
        {
            xml.WriteStartDocument();
            xml.WriteStartElement(root, Namespace);
            foreach (var entry in entries)
            {
                xml.WriteStartElement(element, Namespace);
                xml.WriteElementString("loc", Namespace, entry.Location.AbsoluteUri);
                if (entry.LastModified is { } modified)
                {
                    xml.WriteElementString("lastmod", Namespace, modified.ToUniversalTime().ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture));
                }

                xml.WriteEndElement();
            }

            xml.WriteEndElement();
        }

        return stream.ToArray();
    }
}
