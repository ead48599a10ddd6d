using System.Net;
using System.Text;
using Microsoft.EntityFrameworkCore;
using PythonCareers.Core.Audit;
using PythonCareers.Web.Tests.Infrastructure;

namespace PythonCareers.Web.Tests.Admin;

public sealed class SalaryImportTests(CareersSite site) : SiteTest(site)
{
    private const string NewFrance = "python-programmer,FR,EUR,Employed,AllLevels,Year,40000,52000,65000,fm-2022,2024-06-01,";

    [Theory]
    [InlineData("cobol-programmer,FR,EUR,Employed,AllLevels,Year,,52000,,fm-2022,2024-06-01,", "Role", "There is no role 'cobol-programmer'")]
    [InlineData("python-programmer,FR,EURO,Employed,AllLevels,Year,,52000,,fm-2022,2024-06-01,", "Currency", "ISO 4217")]
    [InlineData("python-programmer,FR,EUR,Employed,AllLevels,Year,70000,,50000,fm-2022,2024-06-01,", "Minimum", "must not be above the maximum")]
    [InlineData("python-programmer,FR,EUR,Employed,AllLevels,Year,,52000,,,2024-06-01,", "Source", "Choose the source")]
    [InlineData("python-programmer,FR,EUR,Employed,AllLevels,Year,,52000,,glassdoor-2024,2024-06-01,", "Source", "There is no source")]
    [InlineData("python-programmer,FR,EUR,Employed,AllLevels,Year,,52000,,fm-2022,2024-06-01,\"=cmd|' /C calc'!A0\"", "Derivation", "is a formula to a spreadsheet")]
    [InlineData("python-programmer,FR,EUR,Employed,AllLevels,Year,,52000,,fm-2022,2024-06-01,+SUM(1+1)", "Derivation", "is a formula to a spreadsheet")]
    [InlineData("python-programmer,FR,EUR,Employed,AllLevels,Year,,52000,,fm-2022,2024-06-01,@SUM(1)", "Derivation", "is a formula to a spreadsheet")]
    [InlineData("python-programmer,FR,EUR,Employed,AllLevels,Year,,52000,,fm-2022,2024-06-01,-2+3", "Derivation", "is a formula to a spreadsheet")]
    [InlineData("python-programmer,FR,EUR,Employed,AllLevels,Year,,52000,,fm-2022,2024-06-01,\"a\u0007bell\"", "Derivation", "control character")]
    public async Task A_bad_row_is_shown_with_its_error_and_nothing_can_be_applied(string row, string field, string message)
    {
        using var editor = await Site.EditorAsync();

        var (response, page) = await editor.UploadAsync($"{SalaryAdmin.Header}\n{NewFrance.Replace("FR", "IT", StringComparison.Ordinal)}\n{row}\n");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("Add", page.QuerySelector("#row-1")!.GetAttribute("data-outcome"));
        var error = page.QuerySelector($"#row-2 .field-error[data-field={field}]")!;
        Assert.Contains(message, error.TextContent, StringComparison.Ordinal);
        Assert.Null(page.QuerySelector("form[action='/admin/salaries/import/apply']"));
    }

    [Fact]
    public async Task The_same_figure_twice_in_one_file_is_a_duplicate()
    {
        using var editor = await Site.EditorAsync();

        var (response, page) = await editor.UploadAsync($"{SalaryAdmin.Header}\n{NewFrance}\n{NewFrance.Replace("52000", "53000", StringComparison.Ordinal)}\n");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("Duplicate of row 1", page.QuerySelector("#row-2 .field-error")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_semicolon_file_is_refused_with_the_reason()
    {
        using var editor = await Site.EditorAsync();

        var (response, page) = await editor.UploadAsync($"{SalaryAdmin.Header.Replace(',', ';')}\n{NewFrance.Replace(',', ';')}\n");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("This file uses ';' between values; export uses ','", page.QuerySelector("[data-valmsg-for=File]")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_byte_order_mark_and_quoted_commas_are_read_as_meant()
    {
        using var editor = await Site.EditorAsync();
        var csv = $"{SalaryAdmin.Header}\r\n{NewFrance}\"8 hours, at the hourly average\"\r\n";

        var (response, page) = await editor.UploadAsync([.. Encoding.UTF8.GetPreamble(), .. Encoding.UTF8.GetBytes(csv)]);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var (applied, _) = await editor.ApplyAsync(page);

        Assert.Equal(HttpStatusCode.OK, applied.StatusCode);
        await using var db = Site.CreateContext();
        Assert.Equal("8 hours, at the hourly average", (await db.SalaryFigures.SingleAsync(f => f.CountryCode == "FR")).Derivation);
        Assert.Equal(AuditAction.Imported, (await db.AuditEntries.SingleAsync()).Action);
    }

    [Fact]
    public async Task Applying_checks_the_file_again_and_stores_every_row_or_none()
    {
        using var editor = await Site.EditorAsync();
        var (_, preview) = await editor.UploadAsync($"{SalaryAdmin.Header}\n{NewFrance}\n");
        var token = preview.QuerySelector("form[action='/admin/salaries/import/apply'] input[name=__RequestVerificationToken]")!.GetAttribute("value")!;

        // What comes back is not what was checked: one good row, one with a minimum above its maximum.
        var tampered = $"{SalaryAdmin.Header}\n{NewFrance}\npython-programmer,IT,EUR,Employed,AllLevels,Year,90000,,50000,fm-2022,2024-06-01,\n";
        var (response, page) = await editor.PostAsync("/admin/salaries/import/apply", Visitor.Fields(
            ("__RequestVerificationToken", token), ("content", Convert.ToBase64String(Encoding.UTF8.GetBytes(tampered)))));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("must not be above the maximum", page.QuerySelector("#row-2 .field-error")!.TextContent, StringComparison.Ordinal);
        await using var db = Site.CreateContext();
        Assert.False(await db.SalaryFigures.AnyAsync(f => f.CountryCode == "FR" || f.CountryCode == "IT"));
        Assert.Equal(0, await db.AuditEntries.CountAsync());
    }

    [Fact]
    public async Task A_row_with_the_key_of_a_current_figure_changes_that_figure()
    {
        using var editor = await Site.EditorAsync();
        var (id, _) = await Site.UsAverageAsync();

        var (_, page) = await editor.UploadAsync($"{SalaryAdmin.Header}\npython-programmer,US,USD,Employed,AllLevels,Year,,79000,,fm-2022,2022-11-01,\n");
        Assert.Contains($"changes figure #{id}", page.QuerySelector("#row-1")!.TextContent, StringComparison.Ordinal);
        await editor.ApplyAsync(page);

        await using var db = Site.CreateContext();
        Assert.Equal(79_000m, (await db.SalaryFigures.SingleAsync(f => f.Id == id)).Average);
        var entry = await db.AuditEntries.SingleAsync();
        Assert.Equal((AuditAction.Updated, id.ToString(System.Globalization.CultureInfo.InvariantCulture)), (entry.Action, entry.EntityId));
    }

    [Fact]
    public async Task Importing_the_export_changes_nothing()
    {
        using var editor = await Site.EditorAsync();
        var export = await editor.Client.GetAsync(new Uri("/admin/salaries/export", UriKind.Relative));
        Assert.Equal("text/csv", export.Content.Headers.ContentType!.MediaType);
        var csv = await export.Content.ReadAsByteArrayAsync();
        await using var db = Site.CreateContext();
        var before = await db.SalaryFigures.OrderBy(f => f.Id).Select(f => new { f.Id, f.Version }).ToListAsync();

        var (response, page) = await editor.UploadAsync(csv);
        var (applied, _) = await editor.ApplyAsync(page);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(HttpStatusCode.OK, applied.StatusCode);
        Assert.Equal(before.Count, page.QuerySelectorAll("tr[data-outcome=Unchanged]").Length);
        Assert.Equal(before, await db.SalaryFigures.OrderBy(f => f.Id).Select(f => new { f.Id, f.Version }).ToListAsync());
        Assert.Equal(0, await db.AuditEntries.CountAsync());
    }

    [Fact]
    public async Task Only_csv_text_files_up_to_5_mb_are_accepted()
    {
        using var editor = await Site.EditorAsync();

        var (image, imagePage) = await editor.UploadAsync([0x89, 0x50, 0x4E, 0x47], "photo.png", "image/png");
        var (binary, binaryPage) = await editor.UploadAsync([0x00, 0xFF, 0xFE, 0x00], "figures.csv");
        var (large, largePage) = await editor.UploadAsync(new byte[(5 * 1024 * 1024) + 1], "figures.csv");

        Assert.Equal(HttpStatusCode.UnsupportedMediaType, image.StatusCode);
        Assert.Contains("Only CSV", imagePage.QuerySelector("[data-valmsg-for=File]")!.TextContent, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.BadRequest, binary.StatusCode);
        Assert.Contains("not a UTF-8 text file", binaryPage.QuerySelector("[data-valmsg-for=File]")!.TextContent, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, large.StatusCode);
        Assert.Contains("the limit is 5 MB", largePage.QuerySelector("[data-valmsg-for=File]")!.TextContent, StringComparison.Ordinal);

        // The message is next to the file field, which names it, is marked invalid and takes the focus.
        var field = imagePage.QuerySelector("input[type=file]")!;
        Assert.Equal(("File", "File-error", "true", true), (field.GetAttribute("name"), field.GetAttribute("aria-describedby"), field.GetAttribute("aria-invalid"), field.HasAttribute("autofocus")));
        Assert.Equal("File-error", imagePage.QuerySelector("[data-valmsg-for=File]")!.Id);
    }
}
