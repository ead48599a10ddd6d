using System.Globalization;

namespace PythonCareers.Core.Sources;

/// <summary>How a page names where a figure comes from: publisher, title, link and as-of date.</summary>
public sealed record SourceCitation(string Publisher, string Title, string? Url, DateOnly AsOf, DatePrecision AsOfPrecision)
{
    public string AsOfText => FormatAsOf(AsOf, AsOfPrecision);

    public static string FormatAsOf(DateOnly asOf, DatePrecision precision) =>
        asOf.ToString(precision == DatePrecision.Month ? "MMMM yyyy" : "d MMMM yyyy", CultureInfo.InvariantCulture);
}
