using System.Net;
using Microsoft.EntityFrameworkCore;
using PythonCareers.Core.Audit;
using PythonCareers.Web.Tests.Infrastructure;

namespace PythonCareers.Web.Tests.Admin;

public sealed class SalaryFigureEditingTests(CareersSite site) : SiteTest(site)
{
    [Fact]
    public async Task An_added_figure_is_stored_audited_and_public_at_once()
    {
        using var editor = await Site.EditorAsync();

        var (response, _) = await editor.SubmitAsync("/admin/salaries/new", "/admin/salaries/new", SalaryAdmin.FigureFields());

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        await using var db = Site.CreateContext();
        var figure = await db.SalaryFigures.SingleAsync(f => f.CountryCode == "FR");
        Assert.Equal(52_000m, figure.Average);
        var entry = await db.AuditEntries.SingleAsync();
        Assert.Equal((AuditAction.Created, "SalaryFigure", figure.Id.ToString(System.Globalization.CultureInfo.InvariantCulture), "editor@pythoncareers.example"), (entry.Action, entry.EntityType, entry.EntityId, entry.UserName));
        Assert.Contains("52000", entry.After, StringComparison.Ordinal);
        var (_, page) = await GetPageAsync("/salaries/python-programmer");
        Assert.Contains("EUR 52,000", page.QuerySelector("table.salaries")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Each_change_is_a_version_with_who_when_and_the_values_before_and_after()
    {
        using var editor = await Site.EditorAsync();
        var (id, version) = await Site.UsAverageAsync();
        var fields = SalaryAdmin.FigureFields(("Country", "US"), ("Currency", "USD"), ("Minimum", ""), ("Average", "81000"), ("Maximum", ""), ("AsOf", "2022-11-01"), ("Version", version.ToString(System.Globalization.CultureInfo.InvariantCulture)));

        var (response, _) = await editor.SubmitAsync($"/admin/salaries/{id}", $"/admin/salaries/{id}", fields);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var (_, page) = await editor.GetAsync($"/admin/salaries/{id}");
        var history = page.QuerySelector("ol.history")!;
        Assert.Contains("Updated", history.TextContent, StringComparison.Ordinal);
        Assert.Contains("editor@pythoncareers.example", history.TextContent, StringComparison.Ordinal);
        var average = history.QuerySelectorAll("tr.changed").Single(tr => tr.QuerySelector("th")!.TextContent == "average");
        Assert.Equal(["77000", "81000 (changed)"], average.QuerySelectorAll("td").Select(td => td.TextContent.Replace(".00", "", StringComparison.Ordinal)));
        var (_, roles) = await GetPageAsync("/salaries/python-programmer");
        Assert.Contains("USD 81,000", roles.QuerySelector("table.salaries")!.TextContent, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Role", "cobol-programmer", "There is no role")]
    [InlineData("Country", "Germany", "ISO 3166")]
    [InlineData("Currency", "EURO", "ISO 4217")]
    [InlineData("Kind", "Volunteer", "Choose the kind of work")]
    [InlineData("Minimum", "70000", "must not be above the")]
    [InlineData("Maximum", "-5", "greater than zero")]
    [InlineData("Average", "fifty thousand", "is not a number")]
    [InlineData("Source", "glassdoor", "There is no source")]
    [InlineData("AsOf", "2999-01-01", "in the future")]
    [InlineData("AsOf", "01/06/2024", "yyyy-MM-dd")]
    [InlineData("Derivation", "=HYPERLINK(\"https://evil.example\")", "is a formula to a spreadsheet")]
    [InlineData("Derivation", "@SUM(1)", "is a formula to a spreadsheet")]
    public async Task Bad_input_is_refused_next_to_its_field_and_nothing_is_stored(string field, string value, string message)
    {
        using var editor = await Site.EditorAsync();

        var (response, page) = await editor.SubmitAsync("/admin/salaries/new", "/admin/salaries/new", SalaryAdmin.FigureFields((field, value)));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains(message, page.QuerySelector($"[data-valmsg-for={field}]")?.TextContent ?? "(no message)", StringComparison.Ordinal);
        await using var db = Site.CreateContext();
        Assert.False(await db.SalaryFigures.AnyAsync(f => f.CountryCode == "FR"));
        Assert.Equal(0, await db.AuditEntries.CountAsync());
    }

    [Fact]
    public async Task A_figure_needs_at_least_one_amount()
    {
        using var editor = await Site.EditorAsync();

        var (response, page) = await editor.SubmitAsync("/admin/salaries/new", "/admin/salaries/new", SalaryAdmin.FigureFields(("Minimum", ""), ("Average", ""), ("Maximum", "")));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("at least one", page.QuerySelector("[data-valmsg-for=Average]")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_second_of_two_editors_gets_a_conflict_with_the_current_values_and_the_first_save_is_kept()
    {
        using var first = await Site.EditorAsync("first@pythoncareers.example");
        using var second = await Site.EditorAsync("second@pythoncareers.example");
        var (id, version) = await Site.UsAverageAsync();
        var loaded = version.ToString(System.Globalization.CultureInfo.InvariantCulture);
        var path = $"/admin/salaries/{id}";
        (string, string)[] us = [("Country", "US"), ("Currency", "USD"), ("Minimum", ""), ("Maximum", ""), ("AsOf", "2022-11-01"), ("Version", loaded)];

        var (firstResponse, _) = await first.SubmitAsync(path, path, SalaryAdmin.FigureFields([.. us, ("Average", "80000")]));
        var (secondResponse, page) = await second.SubmitAsync(path, path, SalaryAdmin.FigureFields([.. us, ("Average", "90000")]));

        Assert.Equal(HttpStatusCode.Redirect, firstResponse.StatusCode);
        Assert.Equal(HttpStatusCode.Conflict, secondResponse.StatusCode);
        Assert.Contains("USD 80,000", page.QuerySelector("#conflict")!.TextContent, StringComparison.Ordinal);
        Assert.Equal("90000", page.QuerySelector("input[name=Average]")!.GetAttribute("value"));
        await using var db = Site.CreateContext();
        Assert.Equal(80_000m, (await db.SalaryFigures.SingleAsync(f => f.Id == id)).Average);
        Assert.Equal(1, await db.AuditEntries.CountAsync());
    }

    [Fact]
    public async Task A_retired_figure_leaves_every_public_page_and_stays_in_the_admin_list()
    {
        using var editor = await Site.EditorAsync();
        var (id, version) = await Site.UsAverageAsync();

        var (response, _) = await editor.SubmitAsync($"/admin/salaries/{id}", $"/admin/salaries/{id}/retire", Visitor.Fields(("version", version.ToString(System.Globalization.CultureInfo.InvariantCulture))));

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        foreach (var path in new[] { "/salaries/python-programmer", "/salaries", "/roles/python-programmer" })
        {
            var (_, page) = await GetPageAsync(path);
            Assert.DoesNotContain("USD 77,000", page.Body!.TextContent, StringComparison.Ordinal);
        }

        var (_, home) = await GetPageAsync("/");
        Assert.DoesNotContain("USD 77,000", home.Body!.TextContent, StringComparison.Ordinal);
        var (_, list) = await editor.GetAsync("/admin/salaries?role=python-programmer&country=US");
        Assert.Contains("Retired", list.QuerySelector($"a[href='/admin/salaries/{id}']")!.Closest("tr")!.TextContent, StringComparison.Ordinal);
        await using var db = Site.CreateContext();
        Assert.Equal(AuditAction.Retired, (await db.AuditEntries.SingleAsync()).Action);
    }

    [Fact]
    public async Task Two_dated_figures_make_a_trend_and_only_the_latest_is_current()
    {
        using var editor = await Site.EditorAsync();

        var (response, _) = await editor.SubmitAsync("/admin/salaries/new", "/admin/salaries/new", SalaryAdmin.FigureFields(
            ("Country", "US"), ("Currency", "USD"), ("Minimum", ""), ("Average", "83000"), ("Maximum", ""), ("Source", "tp-2026"), ("AsOf", "2026-03-26")));

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var (_, page) = await GetPageAsync("/salaries/python-programmer");
        var current = page.QuerySelector("table.salaries")!.TextContent;
        Assert.Contains("USD 83,000", current, StringComparison.Ordinal);
        Assert.DoesNotContain("USD 77,000", current, StringComparison.Ordinal);
        var trend = page.QuerySelector("section.trend")!;
        var svg = trend.QuerySelector("svg[role=img]")!;
        Assert.NotNull(svg.QuerySelector("title"));
        Assert.Contains("2022-11-01", svg.QuerySelector("desc")!.TextContent, StringComparison.Ordinal);
        Assert.NotEmpty(svg.QuerySelectorAll("line.trend-line"));
        Assert.Null(svg.GetAttribute("viewBox"));
        Assert.Equal(["2022-11-01 USD 77,000 a year", "2026-03-26 USD 83,000 a year"],
            trend.QuerySelectorAll("table tbody tr").Select(tr => $"{tr.Children[0].TextContent} {tr.Children[1].TextContent}"));
    }
}
