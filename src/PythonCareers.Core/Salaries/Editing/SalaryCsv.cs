using System.Text;
using CsvHelper;

namespace PythonCareers.Core.Salaries.Editing;

/// <summary>The CSV form of salary figures (CsvHelper): comma separated, UTF-8, one header row with these columns.</summary>
public static class SalaryCsv
{
    public static readonly IReadOnlyList<string> Columns =
        ["role", "country", "currency", "kind", "level", "period", "minimum", "average", "maximum", "source", "as_of", "derivation"];

    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    /// <summary>A text cell that a spreadsheet would run as a formula is written with a ' in front (OWASP's advice).</summary>
    private static readonly CsvWriterOptions Options = CsvWriterOptions.Default with { Injection = CsvInjection.Escape };

    /// <summary>Whether a spreadsheet would read <paramref name="text"/> as a formula: it starts with = + - @, a tab or a CR.</summary>
    public static bool IsFormula(string text) =>
        text is { Length: > 0 } && Options.InjectionCharacters.Contains(text[0], StringComparison.Ordinal);

    public static void Write(Stream destination, IEnumerable<SalaryFigureRecord> records)
    {
        ArgumentNullException.ThrowIfNull(records);
        using var writer = CsvWriter.Create(destination, Options, leaveOpen: true);
        writer.WriteRecord([.. Columns]);
        foreach (var input in records.Select(SalaryFigureInput.From))
        {
            writer.WriteRecord(
                input.Role, input.Country, input.Currency, input.Kind, input.Level, input.Period,
                input.Minimum, input.Average, input.Maximum, input.Source, input.AsOf, input.Derivation);
        }

        writer.Flush();
    }

    /// <summary>
    /// Reads an uploaded file. A UTF-8 byte-order mark is accepted (spreadsheets write one); quoted fields may hold commas.
    /// Returns the rows, or the reason the file as a whole cannot be read.
    /// </summary>
    public static (IReadOnlyList<SalaryFigureInput> Rows, string? Problem) Read(byte[] content)
    {
        ArgumentNullException.ThrowIfNull(content);
        string text;
        try
        {
            text = StrictUtf8.GetString(content);
        }
        catch (DecoderFallbackException)
        {
            return ([], "This is not a UTF-8 text file. Save it as CSV (UTF-8) and upload it again.");
        }

        text = text.TrimStart('\uFEFF');
        if (text.Contains('\0', StringComparison.Ordinal))
        {
            return ([], "This is not a text file. Upload the CSV that the export gives, or one shaped like it.");
        }

        if (string.IsNullOrWhiteSpace(text))
        {
            return ([], "The file is empty.");
        }

        using var reader = CsvReader.FromText(text, new CsvReaderOptions { HasHeader = true });
        if (reader.Separator != ',')
        {
            var name = reader.Separator == '\t' ? "tabs" : $"'{reader.Separator}'";
            return ([], $"This file uses {name} between values; export uses ','. Save it as comma-separated CSV and upload it again.");
        }

        var headers = reader.Headers.Select(h => h.Trim()).ToList();
        var missing = Columns.Where(c => !headers.Contains(c, StringComparer.OrdinalIgnoreCase)).ToList();
        var unknown = headers.Where(h => !Columns.Contains(h, StringComparer.OrdinalIgnoreCase)).ToList();
        if (missing.Count > 0 || unknown.Count > 0)
        {
            return ([], $"The header row must name the columns {string.Join(",", Columns)}."
                + (missing.Count > 0 ? $" Missing: {string.Join(", ", missing)}." : "")
                + (unknown.Count > 0 ? $" Not known: {string.Join(", ", unknown)}." : ""));
        }

        var index = Columns.ToDictionary(c => c, c => headers.FindIndex(h => string.Equals(h, c, StringComparison.OrdinalIgnoreCase)));
        string? Field(string column) => reader.GetString(index[column]) is { Length: > 0 } value ? value : null;
        var rows = new List<SalaryFigureInput>();
        while (reader.Read())
        {
            rows.Add(new SalaryFigureInput
            {
                Role = Field("role"),
                Country = Field("country"),
                Currency = Field("currency"),
                Kind = Field("kind"),
                Level = Field("level"),
                Period = Field("period"),
                Minimum = Field("minimum"),
                Average = Field("average"),
                Maximum = Field("maximum"),
                Source = Field("source"),
                AsOf = Field("as_of"),
                Derivation = Field("derivation"),
            });
        }

        return rows.Count > 0 ? (rows, null) : ([], "The file has a header row but no figures.");
    }
}
