using PythonCareers.Core.Sources;

namespace PythonCareers.Web.Features.Salaries;

/// <summary>
/// One dated figure on a trend, at <see cref="X"/> (a share of the width): a range bar from <see cref="MinimumY"/> to
/// <see cref="MaximumY"/>, a dot at <see cref="AverageY"/>; with its source (a cited figure) or what stands behind it (a
/// posted one).
/// </summary>
public sealed record SalaryTrendPoint(string Date, string X, int? MinimumY, int? MaximumY, int? AverageY, string AmountText, SourceCitation? Source, string? Sample);
