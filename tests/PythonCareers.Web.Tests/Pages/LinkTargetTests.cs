using System.Text.RegularExpressions;
using AngleSharp.Html.Dom;
using AngleSharp.Html.Parser;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;
using PythonCareers.Web.Tests.Infrastructure;

namespace PythonCareers.Web.Tests.Pages;

/// <summary>
/// Every local link and form on every kind of page, each opened by the user who sees it, leads to an endpoint of the route
/// table that answers its method: a link a GET, a form its own method. Pages are found from the route table, so a new one
/// is checked without being listed.
/// </summary>
public sealed partial class LinkTargetTests(CareersSite site) : SiteTest(site)
{
    [Fact]
    public async Task Every_link_and_form_on_every_page_leads_to_a_route_with_its_method()
    {
        var endpoints = SiteEndpoints.All(Site);
        var pages = await SitePages.OpenAllAsync(Site);

        var problems = new List<string>();
        var checkedLinks = 0;
        foreach (var (path, page) in pages)
        {
            checkedLinks += Targets(page).Count();
            problems.AddRange(Unresolved(page, endpoints).Select(problem => $"{path}: {problem}"));
        }

        Assert.True(pages.Count > 40, $"only {pages.Count} pages were opened");
        Assert.True(checkedLinks > 500, $"only {checkedLinks} links and forms were checked");
        Assert.Empty(problems);
    }

    [Fact]
    public void A_link_or_form_that_leads_nowhere_is_found()
    {
        var endpoints = SiteEndpoints.All(Site);
        var page = new HtmlParser().ParseDocument("""
            <a href="/roles/data-scientist">fine</a>
            <a href="/jobs/12/senior-python-developer?ref=x#apply">fine</a>
            <a href="https://example.com/elsewhere">not ours</a>
            <a href="#main">on the page</a>
            <a href="/nowhere">nowhere</a>
            <a href="">an action that no route leads to</a>
            <form method="post" action="/roles"></form>
            <form method="get" action="/admin/roles/1/publish"></form>
            <form method="post" action="/admin/roles/1/publish"></form>
            <link rel="alternate" asp-action="ForRole">
            """);

        var problems = Unresolved(page, endpoints);

        Assert.Equal(
            ["<link> kept its asp- attributes: no tag helper wrote its address", "<a> GET /nowhere", "<a> GET (empty)", "<form> POST /roles", "<form> GET /admin/roles/1/publish"],
            problems);
    }

    /// <summary>Every link, stylesheet link and form of the page, with the method it is followed by and where it leads.</summary>
    private static IEnumerable<(string Element, string Method, string Target)> Targets(IHtmlDocument page) =>
        page.QuerySelectorAll("a[href], link[href]").Select(e => (e.LocalName, "GET", e.GetAttribute("href")!))
            .Concat(page.QuerySelectorAll("form").Select(f => ("form", (f.GetAttribute("method") ?? "get").ToUpperInvariant(), f.GetAttribute("action") ?? "")));

    /// <summary>The local targets of the page that no endpoint answers with their method, as "&lt;a&gt; GET /path".</summary>
    private List<string> Unresolved(IHtmlDocument page, IReadOnlyList<SiteEndpoint> endpoints)
    {
        var problems = page.All
            .Where(e => e.Attributes.Any(a => a.Name.StartsWith("asp-", StringComparison.Ordinal)))
            .Select(e => $"<{e.LocalName}> kept its asp- attributes: no tag helper wrote its address")
            .ToList();
        foreach (var (element, method, target) in Targets(page))
        {
            if (target.StartsWith('#') || target.StartsWith("mailto:", StringComparison.Ordinal))
            {
                continue;
            }

            var url = new Uri(new Uri("https://pythoncareers.test/"), target);
            if (target.Length > 0 && (url.Host != "pythoncareers.test" || IsStaticFile(url.AbsolutePath)))
            {
                continue;
            }

            if (target.Length == 0 || !endpoints.Any(e => e.Method == method && Matches(e.Pattern, url.AbsolutePath)))
            {
                problems.Add($"<{element}> {method} {(target.Length == 0 ? "(empty)" : url.AbsolutePath)}");
            }
        }

        return problems;
    }

    /// <summary>Files under wwwroot (the stylesheets), which static files serve before routing.</summary>
    private bool IsStaticFile(string path) =>
        Site.Services.GetRequiredService<IWebHostEnvironment>().WebRootFileProvider.GetFileInfo(path).Exists;

    private static bool Matches(string pattern, string path)
    {
        var expression = "^" + string.Concat(pattern.Split('/', StringSplitOptions.RemoveEmptyEntries).Select(segment =>
        {
            var parameter = Parameter().Match(segment);
            if (!parameter.Success)
            {
                return "/" + Regex.Escape(segment);
            }

            var value = parameter.Groups["constraint"].Value switch
            {
                ":int" or ":long" => @"\d+",
                ":slug" => "[a-z0-9-]+",
                _ => "[^/]+",
            };
            return parameter.Groups["optional"].Success ? $"(/{value})?" : "/" + value;
        })) + "/?$";
        return Regex.IsMatch(path, expression == "^/?$" ? "^/$" : expression, RegexOptions.None, TimeSpan.FromSeconds(1));
    }

    [GeneratedRegex(@"^\{(?<name>\w+)(?<constraint>(:\w+)*)(?<optional>\?)?\}$")]
    private static partial Regex Parameter();
}
