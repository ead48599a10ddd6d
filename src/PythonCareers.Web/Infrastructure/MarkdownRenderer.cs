using Ganss.Xss;
using Markdig;
using Markdig.Syntax;

namespace PythonCareers.Web.Infrastructure;

/// <summary>
/// Turns recruiter-written Markdown into HTML that is safe to put on a page (OWASP ASVS 1.3.1). Markdig is told to treat
/// raw HTML as text, and its output then goes through an allow-list sanitiser anyway: only plain formatting, lists, code,
/// tables and http(s)/mailto links survive; scripts, event handlers, styles, images and javascript: links do not.
/// </summary>
public sealed class MarkdownRenderer
{
    /// <summary>Headings in a description start below the page's own h1 and h2.</summary>
    private const int FirstHeadingLevel = 3;

    private static readonly MarkdownPipeline Pipeline = new MarkdownPipelineBuilder()
        .DisableHtml()
        .UsePipeTables()
        .UseAutoLinks()
        .Build();

    private readonly HtmlSanitizer sanitizer;

    public MarkdownRenderer()
    {
        sanitizer = new HtmlSanitizer(new HtmlSanitizerOptions
        {
            AllowedTags = new HashSet<string>(StringComparer.OrdinalIgnoreCase)
            {
                "p", "br", "hr", "strong", "em", "del", "code", "pre", "blockquote", "ul", "ol", "li", "a",
                "h3", "h4", "h5", "h6", "table", "thead", "tbody", "tr", "th", "td",
            },
            AllowedAttributes = new HashSet<string>(StringComparer.OrdinalIgnoreCase) { "href", "start" },
            AllowedSchemes = new HashSet<string>(StringComparer.OrdinalIgnoreCase) { "http", "https", "mailto" },
            UriAttributes = new HashSet<string>(StringComparer.OrdinalIgnoreCase) { "href" },
            AllowedCssProperties = new HashSet<string>(StringComparer.OrdinalIgnoreCase),
            AllowedAtRules = new HashSet<AngleSharp.Css.Dom.CssRuleType>(),
            AllowedClasses = new HashSet<string>(StringComparer.OrdinalIgnoreCase),
        });

        // Links written by recruiters are not endorsed by the site and must not reach back to this page.
        sanitizer.PostProcessNode += (_, e) =>
        {
            if (e.Node is AngleSharp.Html.Dom.IHtmlAnchorElement link)
            {
                link.SetAttribute("rel", "nofollow ugc noopener");
            }
        };
    }

    public string ToSafeHtml(string markdown)
    {
        ArgumentNullException.ThrowIfNull(markdown);
        var document = Markdown.Parse(markdown, Pipeline);
        foreach (var heading in document.Descendants<HeadingBlock>())
        {
            heading.Level = Math.Min(heading.Level + FirstHeadingLevel - 1, 6);
        }

        return sanitizer.Sanitize(document.ToHtml(Pipeline));
    }
}
