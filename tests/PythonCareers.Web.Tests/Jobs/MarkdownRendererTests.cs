using AngleSharp.Dom;
using AngleSharp.Html.Parser;
using PythonCareers.Web.Infrastructure;
using PythonCareers.Web.Tests.Infrastructure;

namespace PythonCareers.Web.Tests.Jobs;

public sealed class MarkdownRendererTests
{
    public static readonly string[] HostileMarkdown =
    [
        "<script>alert(1)</script>",
        "<SCRIPT SRC=//evil.example/x.js></SCRIPT>",
        "<img src=x onerror=alert(1)>",
        "<svg onload=alert(1)>",
        "<a href=\"javascript:alert(1)\">click</a>",
        "[click](javascript:alert(1))",
        "[click](JaVaScRiPt:alert(1))",
        "[click]( javascript:alert(1) )",
        "[click](&#106;avascript:alert(1))",
        "[click](data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==)",
        "[click](vbscript:msgbox(1))",
        "![x](javascript:alert(1))",
        "![x](https://evil.example/pixel.png \"tracking\")",
        "<iframe src=https://evil.example></iframe>",
        "<div style=\"background:url(javascript:alert(1))\">x</div>",
        "<p onclick=alert(1)>text</p>",
        "**bold** <b onmouseover=alert(1)>b</b>",
        "<details open ontoggle=alert(1)>",
        "<form action=https://evil.example><input name=x></form>",
        "<style>body{display:none}</style>",
        "<math><mtext><table><mglyph><style><img src=x onerror=alert(1)>",
        "[a](https://example.com \"x\\\" onmouseover=alert(1) \\\"\")",
        "<<script>script>alert(1)<</script>/script>",
    ];

    public static TheoryData<string> Payloads => new(HostileMarkdown);

    private readonly MarkdownRenderer renderer = new();

    [Theory]
    [MemberData(nameof(Payloads))]
    public void No_script_event_handler_or_dangerous_link_survives(string markdown)
    {
        var html = renderer.ToSafeHtml(markdown);
        var fragment = new HtmlParser().ParseDocument($"<body>{html}</body>").Body!;

        Assert.Empty(fragment.QuerySelectorAll("script, iframe, img, svg, style, form, input, math, object, embed"));
        Assert.All(fragment.Descendants<IElement>(), element =>
        {
            Assert.DoesNotContain(element.Attributes, a => a.Name.StartsWith("on", StringComparison.OrdinalIgnoreCase));
            Assert.DoesNotContain(element.Attributes, a => a.Name is "style" or "src");
            if (element.GetAttribute("href") is { } href)
            {
                Assert.Matches("^(https?|mailto):", href.Trim());
            }
        });
    }

    [Fact]
    public void Markdown_formatting_lists_links_and_headings_render()
    {
        var html = renderer.ToSafeHtml("# About us\n\nWe **build** _things_.\n\n- one\n- two\n\n[Our site](https://example.com) and `code`.");
        var body = new HtmlParser().ParseDocument($"<body>{html}</body>").Body!;

        Assert.Equal("About us", body.QuerySelector("h3")!.TextContent);
        Assert.Null(body.QuerySelector("h1, h2"));
        Assert.Equal("build", body.QuerySelector("strong")!.TextContent);
        Assert.Equal("things", body.QuerySelector("em")!.TextContent);
        Assert.Equal(2, body.QuerySelectorAll("ul li").Length);
        var link = body.QuerySelector("a")!;
        Assert.Equal("https://example.com", link.GetAttribute("href"));
        Assert.Equal("nofollow ugc noopener", link.GetAttribute("rel"));
        Assert.Equal("code", body.QuerySelector("code")!.TextContent);
    }

    [Fact]
    public void Raw_html_is_shown_as_text_not_run()
    {
        var html = renderer.ToSafeHtml("Use <b>bold</b> and <script>alert(1)</script>");
        var body = new HtmlParser().ParseDocument($"<body>{html}</body>").Body!;

        Assert.Contains("<script>alert(1)</script>", body.TextContent, StringComparison.Ordinal);
        Assert.Empty(body.QuerySelectorAll("script, b"));
    }
}

public sealed class SanitizedDescriptionPageTests(CareersSite site) : SiteTest(site)
{
    [Fact]
    public async Task A_hostile_description_reaches_the_posting_page_without_anything_that_runs()
    {
        var payload = string.Join("\n\n", MarkdownRendererTests.HostileMarkdown) + "\n\n[Our site](https://example.com)";
        var posting = await new JobBoard(Site).PostAsync("Python Developer", d => d with { Description = payload });

        var (_, page) = await GetPageAsync(JobPostingPageTests.Path(posting));
        var description = page.QuerySelector("section.description")!;

        Assert.Empty(description.QuerySelectorAll("script, iframe, img, svg, style, form, input"));
        Assert.Equal(["application/ld+json"], page.Scripts.Select(s => s.Type));
        Assert.All(page.All, element =>
        {
            Assert.DoesNotContain(element.Attributes, a => a.Name.StartsWith("on", StringComparison.OrdinalIgnoreCase));
            Assert.False(element.GetAttribute("href")?.Trim().StartsWith("javascript:", StringComparison.OrdinalIgnoreCase) ?? false);
        });
        Assert.Equal("https://example.com", description.QuerySelectorAll("a")[^1].GetAttribute("href"));
    }
}
