using System.Globalization;
using PythonCareers.Core.Common;
using PythonCareers.Core.Jobs;
using PythonCareers.Core.Market;
using PythonCareers.Core.Salaries;
using PythonCareers.Core.Sources;

namespace PythonCareers.Web.Features.Salaries;

/// <summary>
/// Several dated figures of one role, country, kind of work, level and period, drawn over time: a server-rendered line of
/// averages with range bars, and the same numbers in a table beside it. Like <see cref="SalaryChart"/> it has no viewBox:
/// dates are shares of the width, amounts whole pixels down, and its text keeps the page's size on any screen. Amounts
/// are written above their gridlines at the left, where the dates do not reach.
/// </summary>
public sealed class SalaryTrend
{
    public const int Height = 240;
    public const int PlotTop = 24;
    public const int AxisY = 200;

    /// <summary>The first and last dates' places, in percent of the width: clear of the amounts, and room for a date's label.</summary>
    private const double PlotStart = 24;
    private const double PlotEnd = 88;

    private SalaryTrend(string id, string title, string description, string legend, IReadOnlyList<SalaryTrendPoint> points, IReadOnlyList<SalaryTrendTick> ticks)
    {
        Id = id;
        Title = title;
        Description = description;
        Legend = legend;
        Points = points;
        Ticks = ticks;
    }

    public string Id { get; }

    public string Title { get; }

    public string Description { get; }

    /// <summary>What the marks stand for, under the chart.</summary>
    public string Legend { get; }

    public IReadOnlyList<SalaryTrendPoint> Points { get; }

    /// <summary>Horizontal gridlines with their amounts.</summary>
    public IReadOnlyList<SalaryTrendTick> Ticks { get; }

    /// <summary>The line through the averages, one segment from each average to the next.</summary>
    public IReadOnlyList<SalaryTrendSegment> AverageLine =>
        [.. Points.Where(p => p.AverageY is not null)
            .Zip(Points.Where(p => p.AverageY is not null).Skip(1), (from, to) => new SalaryTrendSegment(from.X, from.AverageY!.Value, to.X, to.AverageY!.Value))];

    /// <summary>One trend for each group of live figures with more than one as-of date, in the currency of its latest figure.</summary>
    public static IReadOnlyList<SalaryTrend> For(IEnumerable<SalaryFigureView> history) =>
        [.. SalaryFigureView.InDisplayOrder(history)
            .GroupBy(f => (f.CountryCode, f.Kind, f.Level, f.Period))
            .Select(group => group.OrderBy(f => f.AsOf).ToList())
            .Select(figures => figures.Where(f => f.Currency == figures[^1].Currency).ToList())
            .Where(figures => figures.Select(f => f.AsOf).Distinct().Count() > 1)
            .Select((figures, index) =>
            {
                var latest = figures[^1];
                var where = latest.CountryCode is null ? "country not stated" : latest.CountryName;
                return Build(
                    $"salary-trend-{index + 1}",
                    $"{latest.Kind.DisplayName()} pay over time, {where}, {latest.Level.DisplayName().ToLowerInvariant()}, in {latest.Currency} {latest.Period.Per()}",
                    "Dots are averages, bars are ranges; the latest figure is the current one",
                    [.. figures.Select(f => new Dated(
                        f.AsOf,
                        f.Minimum,
                        f.Maximum,
                        f.Average ?? (f.HasRange ? null : f.Minimum ?? f.Maximum),
                        f.SummaryText + (f.IsDerived ? " (derived)" : ""),
                        f.Source,
                        null))]);
            })];

    /// <summary>
    /// One trend of the posted-salary index's median, with its middle half, for each role, country, level, kind of work and
    /// currency shown on more than one day.
    /// </summary>
    public static IReadOnlyList<SalaryTrend> ForPosted(IEnumerable<PostedPay> history) =>
        [.. history
            .GroupBy(f => (f.CountryCode, f.Level, f.Kind, f.Currency))
            .Select(group => group.OrderBy(f => f.AsOf).ToList())
            .Where(figures => figures.Count > 1)
            .OrderBy(figures => IsoCodes.CountryName(figures[0].CountryCode), StringComparer.Ordinal).ThenBy(figures => figures[0].Level).ThenBy(figures => figures[0].Kind)
            .Select((figures, index) =>
            {
                var latest = figures[^1];
                return Build(
                    $"posted-pay-trend-{index + 1}",
                    $"{latest.Kind.DisplayName()} pay offered in postings over time, {IsoCodes.CountryName(latest.CountryCode)}, {latest.Level.DisplayName().ToLowerInvariant()}, in {latest.Currency} a year",
                    "Dots are medians, bars the middle half of the offers; each day covers the 90 days before it",
                    [.. figures.Select(f => new Dated(f.AsOf, f.P25, f.P75, f.Median, PostedPayWording.Summary(f), null, PostedPayWording.Sample(f)))]);
            })];

    private static SalaryTrend Build(string id, string title, string legend, IReadOnlyList<Dated> figures)
    {
        var latest = figures[^1];
        var largest = figures.Max(f => f.Maximum ?? f.Average ?? f.Minimum ?? 0m);
        var step = SalaryChart.NiceStep(largest / 4m);
        var axisMax = Math.Ceiling(largest / step) * step;
        int Y(decimal amount) => AxisY - (int)Math.Round(amount / axisMax * (AxisY - PlotTop), MidpointRounding.AwayFromZero);
        var first = figures[0].AsOf.DayNumber;
        var span = Math.Max(1, latest.AsOf.DayNumber - first);
        string X(DateOnly date) => SvgLength.Percent((decimal)(PlotStart + ((date.DayNumber - first) / (double)span * (PlotEnd - PlotStart))));

        var points = figures.Select(f => new SalaryTrendPoint(
            f.AsOf.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            X(f.AsOf),
            f.Minimum is { } min ? Y(min) : null,
            f.Maximum is { } max ? Y(max) : null,
            f.Average is { } value ? Y(value) : null,
            f.AmountText,
            f.Source,
            f.Sample));
        var ticks = Enumerable.Range(0, (int)(axisMax / step) + 1).Select(i => new SalaryTrendTick(Y(i * step), Money.Number(i * step)));
        return new SalaryTrend(
            id,
            title,
            $"{figures.Count} dated figures from {figures[0].AsOf:yyyy-MM-dd} to {latest.AsOf:yyyy-MM-dd}: {string.Join("; ", figures.Select(f => $"{f.AsOf:yyyy-MM-dd} {f.AmountText}"))}. The table below gives the same numbers.",
            legend,
            [.. points],
            [.. ticks]);
    }

    /// <summary>One point of a trend, from a cited figure (with its source) or a posted one (with its sample).</summary>
    private sealed record Dated(DateOnly AsOf, decimal? Minimum, decimal? Maximum, decimal? Average, string AmountText, SourceCitation? Source, string? Sample);
}
