using System.Globalization;
using PythonCareers.Core.Common;

namespace PythonCareers.Core.Salaries.Editing;

/// <summary>
/// A salary figure as an editor types it into the form or a CSV row holds it: text only, so that every bad value gets a
/// message of ours next to its field instead of a binding error.
/// </summary>
public class SalaryFigureInput
{
    public string? Role { get; set; }

    public string? Country { get; set; }

    public string? Currency { get; set; }

    public string? Kind { get; set; }

    public string? Level { get; set; }

    public string? Period { get; set; }

    public string? Minimum { get; set; }

    public string? Average { get; set; }

    public string? Maximum { get; set; }

    public string? Source { get; set; }

    public string? AsOf { get; set; }

    public string? Derivation { get; set; }

    public static SalaryFigureInput From(SalaryFigureRecord record)
    {
        ArgumentNullException.ThrowIfNull(record);
        return new()
        {
            Role = record.Role,
            Country = record.Country,
            Currency = record.Currency,
            Kind = record.Kind.ToString(),
            Level = record.Level.ToString(),
            Period = record.Period.ToString(),
            Minimum = FormatAmount(record.Minimum),
            Average = FormatAmount(record.Average),
            Maximum = FormatAmount(record.Maximum),
            Source = record.Source,
            AsOf = record.AsOf.ToString(TypedText.DateFormat, CultureInfo.InvariantCulture),
            Derivation = record.Derivation,
        };
    }

    public static string? FormatAmount(decimal? amount) => amount?.ToString("0.##", CultureInfo.InvariantCulture);

    /// <summary>Plain numbers only ("70000" or "70000.50"): no thousands separators, whose meaning differs by country. A sign is read, so "-5" is refused as below zero.</summary>
    public static bool TryAmount(string? text, out decimal? amount)
    {
        amount = null;
        if (string.IsNullOrWhiteSpace(text))
        {
            return true;
        }

        if (decimal.TryParse(text.Trim(), NumberStyles.AllowDecimalPoint | NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var value))
        {
            amount = value;
            return true;
        }

        return false;
    }

    /// <summary>The typed figure; call only after the validator passed.</summary>
    public SalaryFigureRecord ToRecord()
    {
        TryAmount(Minimum, out var minimum);
        TryAmount(Average, out var average);
        TryAmount(Maximum, out var maximum);
        TypedText.TryName<EmploymentKind>(Kind, out var kind);
        TypedText.TryName<CareerLevel>(Level, out var level);
        TypedText.TryName<PayPeriod>(Period, out var period);
        return TypedText.TryDate(AsOf, out var asOf)
            ? new SalaryFigureRecord(
                Role!.Trim(),
                string.IsNullOrWhiteSpace(Country) ? null : Country.Trim(),
                Currency!.Trim(),
                kind,
                level,
                period,
                minimum,
                average,
                maximum,
                Source!.Trim(),
                asOf,
                string.IsNullOrWhiteSpace(Derivation) ? null : Derivation.Trim())
            : throw new InvalidOperationException("Validate the input before reading it.");
    }
}
