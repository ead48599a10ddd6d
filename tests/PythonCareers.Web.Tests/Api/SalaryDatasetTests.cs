using System.Net;
using CsvHelper;
using Microsoft.EntityFrameworkCore;
using PythonCareers.Core.Salaries;
using PythonCareers.Core.Sources;
using PythonCareers.Web.Tests.Infrastructure;

namespace PythonCareers.Web.Tests.Api;

/// <summary>The cited salary dataset: the API's figures as CSV and JSON, with sources, licence and citation; no cell a spreadsheet would run.</summary>
public sealed class SalaryDatasetTests(CareersSite site) : SiteTest(site)
{
    private static readonly string[] Header =
    [
        "role", "role_title", "country", "currency", "kind", "level", "period", "minimum", "average", "maximum", "derivation", "as_of",
        "source_publisher", "source_title", "source_url", "source_as_of", "source_as_of_precision",
    ];

    [Fact]
    public async Task The_CSV_holds_every_figure_the_API_gives_with_its_source_beside_it_and_names_its_licence()
    {
        using var client = ApiRequests.Client(Site);
        var (_, api) = await client.GetJsonAsync("/api/v1/salaries");

        using var response = await client.GetAsync(new Uri("/data/salaries.csv", UriKind.Relative));
        var rows = Rows(await response.Content.ReadAsStringAsync());

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/csv", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal("<https://creativecommons.org/licenses/by/4.0/>; rel=\"license\"", response.Headers.GetValues("Link").Single());
        Assert.Equal(Header, rows[0]);
        var figures = api.GetProperty("figures").EnumerateArray().ToList();
        Assert.Equal(figures.Count, rows.Count - 1);
        for (var i = 0; i < figures.Count; i++)
        {
            var (figure, row) = (figures[i], rows[i + 1]);
            Assert.Equal(figure.GetProperty("role").GetProperty("slug").GetString(), row[0]);
            Assert.Equal(figure.GetProperty("countryCode").GetString() ?? "", row[2]);
            Assert.Equal(figure.GetProperty("asOf").GetString(), row[11]);
            Assert.Equal(figure.GetProperty("source").GetProperty("publisher").GetString(), row[12]);
            Assert.Equal(figure.GetProperty("source").GetProperty("title").GetString(), row[13]);
        }

        Assert.Contains(rows, row => row[0] == "python-programmer" && row[2] == "DE" && row[3] == "EUR" && row[7] == "20000" && row[9] == "70000" && row[16] == "month");
    }

    [Fact]
    public async Task A_source_or_a_note_that_a_spreadsheet_would_run_as_a_formula_is_written_as_text()
    {
        await using (var db = Site.CreateContext())
        {
            var today = DateOnly.FromDateTime(DateTime.UtcNow);
            var source = new DataSource("formula-source", "=HYPERLINK(\"https://evil.example\",\"click\")", "+SUM(A1:A9)", null, today, DatePrecision.Day, today);
            var role = await db.RoleProfiles.AsTracking().SingleAsync(r => r.Slug == "data-scientist");
            db.SalaryFigures.Add(new SalaryFigure(role, "NZ", "NZD", EmploymentKind.Employed, CareerLevel.Senior, PayPeriod.Year, SalaryStatistic.AverageOf(120_000m), source, "@cmd derived\tsomehow"));
            await db.SaveChangesAsync();
        }

        using var client = ApiRequests.Client(Site);
        using var response = await client.GetAsync(new Uri("/data/salaries.csv", UriKind.Relative));
        var row = Rows(await response.Content.ReadAsStringAsync()).Single(r => r[2] == "NZ");

        Assert.Equal("'=HYPERLINK(\"https://evil.example\",\"click\")", row[12]);
        Assert.Equal("'+SUM(A1:A9)", row[13]);
        Assert.Equal("'@cmd derived\tsomehow", row[10]);
        Assert.Equal("120000", row[8]);
    }

    [Fact]
    public async Task The_JSON_holds_the_same_figures_with_each_source_once_the_licence_and_how_to_cite_it()
    {
        using var client = ApiRequests.Client(Site);
        var (_, api) = await client.GetJsonAsync("/api/v1/salaries");

        var (response, dataset) = await client.GetJsonAsync("/data/salaries.json");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("CC BY 4.0", dataset.GetProperty("licence").GetString());
        Assert.Equal("https://creativecommons.org/licenses/by/4.0/", dataset.GetProperty("licenceUrl").GetString());
        Assert.Contains("Each figure belongs to the source it names", dataset.GetProperty("rights").GetString(), StringComparison.Ordinal);
        Assert.Contains(CareersSite.PublicOrigin + "/data", dataset.GetProperty("howToCite").GetString(), StringComparison.Ordinal);
        Assert.Equal(api.GetProperty("figures").ToString(), dataset.GetProperty("figures").ToString());
        var cited = api.GetProperty("figures").EnumerateArray().Select(f => f.GetProperty("source").ToString()).Distinct().Order(StringComparer.Ordinal);
        Assert.Equal(cited, dataset.GetProperty("sources").EnumerateArray().Select(s => s.ToString()).Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task The_data_page_names_the_licence_the_citation_every_source_and_links_the_files_and_the_reference()
    {
        var (response, page) = await GetPageAsync("/data");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var links = page.QuerySelectorAll("main a").Select(a => a.GetAttribute("href")).ToList();
        Assert.Contains("/data/salaries.csv", links);
        Assert.Contains("/data/salaries.json", links);
        Assert.Contains("/api/docs/", links);
        Assert.Contains("https://creativecommons.org/licenses/by/4.0/", links);
        Assert.Contains("freelancermap", page.QuerySelector("main")!.TextContent, StringComparison.Ordinal);
        Assert.Contains("Tutorialspoint", page.QuerySelector("main")!.TextContent, StringComparison.Ordinal);
        Assert.NotNull(page.QuerySelector("footer a[href='/data']"));
    }

    [Fact]
    public async Task The_reference_page_loads_the_script_from_the_site_under_a_policy_of_its_own()
    {
        using var client = ApiRequests.Client(Site);

        using var response = await client.GetAsync(new Uri("/api/docs/", UriKind.Relative));
        var html = await response.Content.ReadAsStringAsync();
        using var script = await client.GetAsync(new Uri("/api/docs/scalar.js", UriKind.Relative));
        using var page = await client.GetAsync(new Uri("/roles", UriKind.Relative));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(HttpStatusCode.OK, script.StatusCode);
        var policy = response.Headers.GetValues("Content-Security-Policy").Single();
        var nonce = System.Text.RegularExpressions.Regex.Match(policy, "'nonce-([^']+)'").Groups[1].Value;
        Assert.NotEmpty(nonce);
        Assert.Contains($"<script src=\"scalar.js\" nonce=\"{nonce}\">", html, StringComparison.Ordinal);
        Assert.Contains("openapi/v1.json", html, StringComparison.Ordinal);
        Assert.DoesNotContain("cdn.", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("nonce", page.Headers.GetValues("Content-Security-Policy").Single(), StringComparison.Ordinal);
    }

    private static List<string[]> Rows(string csv)
    {
        using var reader = CsvReader.FromText(csv, new CsvReaderOptions { HasHeader = false });
        var rows = new List<string[]>();
        while (reader.Read())
        {
            rows.Add([.. Enumerable.Range(0, reader.FieldCount).Select(reader.GetString)]);
        }

        return rows;
    }
}
