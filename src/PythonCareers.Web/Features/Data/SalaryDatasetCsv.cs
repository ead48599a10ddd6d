using System.Globalization;
using CsvHelper;
using PythonCareers.Core.Jobs.Search;
using PythonCareers.Web.Features.Api;

namespace PythonCareers.Web.Features.Data;

/// <summary>/data/salaries.csv: one row per figure, with its source beside it, comma separated UTF-8 with a header row.</summary>
public static class SalaryDatasetCsv
{
    public static readonly IReadOnlyList<string> Columns =
    [
        "role", "role_title", "country", "currency", "kind", "level", "period", "minimum", "average", "maximum", "derivation", "as_of",
        "source_publisher", "source_title", "source_url", "source_as_of", "source_as_of_precision",
    ];

    /// <summary>A text cell that a spreadsheet would run as a formula (= + - @, a tab or a CR first) gets a ' in front (OWASP's advice).</summary>
    private static readonly CsvWriterOptions Options = CsvWriterOptions.Default with { Injection = CsvInjection.Escape };

    public static byte[] Write(IEnumerable<CitedSalary> figures)
    {
        ArgumentNullException.ThrowIfNull(figures);
        using var stream = new MemoryStream();
        using (var writer = CsvWriter.Create(stream, Options, leaveOpen: true))
        {
            writer.WriteRecord([.. Columns]);
            foreach (var f in figures)
            {
                writer.WriteRecord(
                    f.Role.Slug, f.Role.Name, f.CountryCode ?? "", f.Currency, SearchToken.Of(f.Kind), SearchToken.Of(f.Level), SearchToken.Of(f.Period),
                    Amount(f.Minimum), Amount(f.Average), Amount(f.Maximum), f.Derivation ?? "", Date(f.AsOf),
                    f.Source.Publisher, f.Source.Title, f.Source.Url ?? "", Date(f.Source.AsOf), SearchToken.Of(f.Source.AsOfPrecision));
            }

            writer.Flush();
        }

        return stream.ToArray();
    }

    private static string Amount(decimal? amount) => amount?.ToString("0.##", CultureInfo.InvariantCulture) ?? "";

    private static string Date(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
