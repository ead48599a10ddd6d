using System.Globalization;
using System.Net;
using PythonCareers.Web.Tests.Infrastructure;

namespace PythonCareers.Web.Tests.Pages;

public sealed class SalaryPagesTests(CareersSite site) : SiteTest(site)
{
    private static readonly string[] AcrossAttributes = ["x", "x1", "x2", "cx", "width"];

    [Fact]
    public async Task Python_programmer_salary_page_shows_every_figure_in_its_currency()
    {
        var (response, page) = await GetPageAsync("/salaries/python-programmer");
        var table = page.QuerySelector("table.salaries")!.TextContent;

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("USD 58,000", table, StringComparison.Ordinal);
        Assert.Contains("USD 77,000", table, StringComparison.Ordinal);
        Assert.Contains("USD 107,000", table, StringComparison.Ordinal);
        Assert.Contains("EUR 20,000-70,000", table, StringComparison.Ordinal);
        Assert.Contains("GBP 42,500-80,000", table, StringComparison.Ordinal);
        Assert.Contains("USD 74 (range USD 31-89) an hour", table, StringComparison.Ordinal);
        Assert.Contains("November 2022", table, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_freelance_day_rate_is_marked_derived()
    {
        var (_, page) = await GetPageAsync("/salaries/python-programmer");
        var dayRate = page.QuerySelectorAll("table.salaries tbody tr").Single(tr => tr.TextContent.Contains("USD 592", StringComparison.Ordinal));

        Assert.Contains("Derived", dayRate.TextContent, StringComparison.Ordinal);
        Assert.Contains("USD 74", dayRate.QuerySelector(".derived-note")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Salary_chart_is_an_accessible_svg_with_the_same_numbers()
    {
        var (_, page) = await GetPageAsync("/salaries/python-programmer");
        var charts = page.QuerySelectorAll("figure.chart svg").ToList();

        Assert.NotEmpty(charts);
        Assert.All(charts, svg =>
        {
            Assert.Equal("img", svg.GetAttribute("role"));
            // Named by its title, described by its description: a name of both read the long description twice.
            var name = page.GetElementById(svg.GetAttribute("aria-labelledby")!);
            var description = page.GetElementById(svg.GetAttribute("aria-describedby")!);
            Assert.Equal(("title", "desc"), (name?.LocalName, description?.LocalName));
            Assert.False(string.IsNullOrWhiteSpace(name!.TextContent) || string.IsNullOrWhiteSpace(description!.TextContent));
        });
        var chartValues = charts.SelectMany(svg => svg.QuerySelectorAll("text.value")).Select(t => t.TextContent).ToList();
        Assert.Contains("USD 58,000", chartValues);
        Assert.Contains("EUR 20,000-70,000", chartValues);
        Assert.Contains("USD 592 (derived)", chartValues);
        Assert.Single(charts.SelectMany(svg => svg.QuerySelectorAll("circle.average")));
    }

    [Fact]
    public async Task Salary_charts_stretch_across_any_screen_while_their_text_keeps_the_pages_size()
    {
        var (_, page) = await GetPageAsync("/salaries/python-programmer");
        var charts = page.QuerySelectorAll("figure.chart svg").ToList();

        Assert.NotEmpty(charts);
        Assert.All(charts, svg =>
        {
            // Without a viewBox nothing is scaled: text is drawn at its CSS size on a 390 px phone as on a desktop.
            Assert.Null(svg.GetAttribute("viewBox"));
            Assert.Equal("100%", svg.GetAttribute("width"));
            var across = svg.QuerySelectorAll("[x], [x1], [x2], [cx], rect[width]")
                .SelectMany(e => AcrossAttributes.Select(e.GetAttribute))
                .OfType<string>()
                .ToList();
            Assert.NotEmpty(across);
            Assert.All(across, length => Assert.True(length == "0" || (length.EndsWith('%') && decimal.Parse(length.TrimEnd('%'), CultureInfo.InvariantCulture) <= 100m), length));
        });
        Assert.All(
            charts.SelectMany(svg => svg.QuerySelectorAll("rect")),
            bar => Assert.InRange(Percent(bar, "x") + Percent(bar, "width"), 0m, 100m));
    }

    [Fact]
    public async Task Salaries_page_lists_every_role_with_employed_and_freelance_figures()
    {
        var (_, page) = await GetPageAsync("/salaries");
        var sections = page.QuerySelectorAll("main section").ToList();

        Assert.Equal(7, sections.Count);
        var text = page.Body!.TextContent;
        Assert.Contains("Freelance", text, StringComparison.Ordinal);
        Assert.Contains("USD 61,991-100,748", text, StringComparison.Ordinal);
        Assert.Contains("USD 138,601", text, StringComparison.Ordinal);
        Assert.Contains("USD 62,237", text, StringComparison.Ordinal);
        Assert.Equal(13, page.QuerySelectorAll("table.salaries tbody tr").Length);
    }

    private static decimal Percent(AngleSharp.Dom.IElement element, string attribute) =>
        decimal.Parse(element.GetAttribute(attribute)!.TrimEnd('%'), CultureInfo.InvariantCulture);
}
