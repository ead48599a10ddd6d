using System.Net.Http.Headers;
using AngleSharp.Html.Dom;
using AngleSharp.Html.Parser;
using Microsoft.EntityFrameworkCore;
using PythonCareers.Core.Salaries;
using PythonCareers.Web.Tests.Infrastructure;

namespace PythonCareers.Web.Tests.Admin;

/// <summary>An editor at work on the salary data, through the admin pages.</summary>
public static class SalaryAdmin
{
    public const string Header = "role,country,currency,kind,level,period,minimum,average,maximum,source,as_of,derivation";

    /// <summary>A complete, valid figure form; pass pairs to change fields.</summary>
    public static List<KeyValuePair<string, string>> FigureFields(params (string Name, string Value)[] changes)
    {
        var fields = new Dictionary<string, string>
        {
            ["Role"] = "python-programmer",
            ["Country"] = "FR",
            ["Currency"] = "EUR",
            ["Kind"] = "Employed",
            ["Level"] = "AllLevels",
            ["Period"] = "Year",
            ["Minimum"] = "40000",
            ["Average"] = "52000",
            ["Maximum"] = "65000",
            ["Source"] = "fm-2022",
            ["AsOf"] = "2024-06-01",
            ["Derivation"] = "",
            ["Version"] = "0",
        };
        foreach (var (name, value) in changes)
        {
            fields[name] = value;
        }

        return [.. fields];
    }

    /// <summary>The seeded python-programmer US all-levels yearly average (USD 77,000).</summary>
    public static async Task<(int Id, uint Version)> UsAverageAsync(this CareersSite site)
    {
        await using var db = site.CreateContext();
        var figure = await db.SalaryFigures.SingleAsync(f => f.Role.Slug == "python-programmer" && f.CountryCode == "US" && f.Level == CareerLevel.AllLevels);
        return (figure.Id, figure.Version);
    }

    public static async Task<(HttpResponseMessage Response, IHtmlDocument Page)> UploadAsync(this Visitor visitor, byte[] content, string fileName = "figures.csv", string contentType = "text/csv")
    {
        var (_, form) = await visitor.GetAsync("/admin/salaries/import");
        var token = form.QuerySelector("input[name=__RequestVerificationToken]")!.GetAttribute("value")!;
        using var body = new MultipartFormDataContent();
        body.Add(new StringContent(token), "__RequestVerificationToken");
        var file = new ByteArrayContent(content);
        file.Headers.ContentType = MediaTypeHeaderValue.Parse(contentType);
        body.Add(file, "file", fileName);
        var response = await visitor.Client.PostAsync(new Uri("/admin/salaries/import", UriKind.Relative), body);
        return (response, new HtmlParser().ParseDocument(await response.Content.ReadAsStringAsync()));
    }

    public static Task<(HttpResponseMessage Response, IHtmlDocument Page)> UploadAsync(this Visitor visitor, string csv) =>
        visitor.UploadAsync(System.Text.Encoding.UTF8.GetBytes(csv));

    /// <summary>Presses "Apply" on a preview page: posts the file it carries back with the page's token.</summary>
    public static Task<(HttpResponseMessage Response, IHtmlDocument Page)> ApplyAsync(this Visitor visitor, IHtmlDocument preview)
    {
        var form = preview.QuerySelector("form[action='/admin/salaries/import/apply']") ?? throw new InvalidOperationException("The preview offers no apply button.");
        return visitor.PostAsync("/admin/salaries/import/apply", Visitor.Fields(
            ("__RequestVerificationToken", form.QuerySelector("input[name=__RequestVerificationToken]")!.GetAttribute("value")!),
            ("content", form.QuerySelector("input[name=content]")!.GetAttribute("value")!)));
    }

    public static async Task<int> AuditCountAsync(this CareersSite site)
    {
        await using var db = site.CreateContext();
        return await db.AuditEntries.CountAsync();
    }
}
