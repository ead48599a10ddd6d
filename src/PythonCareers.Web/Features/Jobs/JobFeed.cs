using System.Text;
using System.Text.Encodings.Web;
using System.Text.Unicode;
using System.Xml;
using PythonCareers.Core.Common;
using PythonCareers.Core.Jobs;
using PythonCareers.Core.Jobs.Search;

namespace PythonCareers.Web.Features.Jobs;

/// <summary>RSS 2.0 feeds of live postings, written with XmlWriter so that every value is escaped, with absolute links.</summary>
public static class JobFeed
{
    public const string ContentType = "application/rss+xml; charset=utf-8";
    public const int Size = 50;

    private const string AtomNamespace = "http://www.w3.org/2005/Atom";

    private static readonly HtmlEncoder FeedHtml = HtmlEncoder.Create(UnicodeRanges.All);

    /// <summary>
    /// The search a feed follows: what <paramref name="criteria"/> matches, without its page and order, as a feed always
    /// holds the newest matches first.
    /// </summary>
    public static JobSearchCriteria SearchOf(JobSearchCriteria criteria)
    {
        ArgumentNullException.ThrowIfNull(criteria);
        return criteria with { Sort = JobSearchCriteria.DefaultSort(criteria.Text), Page = 1 };
    }

    public static byte[] Write(string title, string description, Uri page, Uri self, IEnumerable<PostingSummary> postings, Func<PostingSummary, Uri> linkTo)
    {
        ArgumentNullException.ThrowIfNull(page);
        ArgumentNullException.ThrowIfNull(self);
        ArgumentNullException.ThrowIfNull(linkTo);
        var items = postings.ToList();
        using var stream = new MemoryStream();
        using (var xml = XmlWriter.Create(stream, new XmlWriterSettings { Encoding = new UTF8Encoding(false), Indent = true }))
        {
            xml.WriteStartDocument();
            xml.WriteStartElement("rss");
            xml.WriteAttributeString("version", "2.0");
            xml.WriteAttributeString("xmlns", "atom", null, AtomNamespace);
            xml.WriteStartElement("channel");
            xml.WriteElementString("title", XmlText(title));
            xml.WriteElementString("link", page.AbsoluteUri);
            xml.WriteElementString("description", XmlText(description));
            xml.WriteElementString("language", "en");
            xml.WriteStartElement("atom", "link", AtomNamespace);
            xml.WriteAttributeString("href", self.AbsoluteUri);
            xml.WriteAttributeString("rel", "self");
            xml.WriteAttributeString("type", "application/rss+xml");
            xml.WriteEndElement();
            if (items.Count > 0)
            {
                xml.WriteElementString("lastBuildDate", items.Max(p => p.PublishedAt).ToString("r"));
            }

            foreach (var posting in items)
            {
                var link = linkTo(posting).AbsoluteUri;
                xml.WriteStartElement("item");
                xml.WriteElementString("title", XmlText($"{posting.ListedTitle()} at {posting.CompanyName}"));
                xml.WriteElementString("link", link);
                xml.WriteStartElement("guid");
                xml.WriteAttributeString("isPermaLink", "true");
                xml.WriteString(link);
                xml.WriteEndElement();
                xml.WriteElementString("pubDate", posting.PublishedAt.ToString("r"));
                xml.WriteElementString("category", XmlText(posting.RoleTitle));
                xml.WriteElementString("description", XmlText(Summary(posting)));
                xml.WriteEndElement();
            }

            xml.WriteEndElement();
            xml.WriteEndElement();
        }

        return stream.ToArray();
    }

    /// <summary>"Snake Oil GmbH · Berlin, Germany · Hybrid · Full-time · Senior · EUR 70,000-90,000 a year".</summary>
    public static string Summary(PostingSummary posting)
    {
        ArgumentNullException.ThrowIfNull(posting);
        return string.Join(
            " · ",
            posting.CompanyName,
            $"{posting.City}, {IsoCodes.CountryName(posting.CountryCode)}",
            posting.Workplace.DisplayName(),
            posting.EmploymentType.DisplayName(),
            posting.Level.DisplayName(),
            posting.SalaryText());
    }

    /// <summary>
    /// Feed readers show titles and descriptions as HTML, so text is HTML-encoded before XmlWriter escapes it for XML: a
    /// company called &lt;script&gt; reaches the reader as those characters, never as markup. The encoder also turns the
    /// control characters XML 1.0 cannot carry into character references, and keeps letters of every script as they are.
    /// </summary>
    private static string XmlText(string text) => FeedHtml.Encode(text);
}
