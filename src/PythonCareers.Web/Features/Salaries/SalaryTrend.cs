using System.Globalization;
using PythonCareers.Core.Salaries;

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

    private SalaryTrend(string id, string title, string description, IReadOnlyList<SalaryTrendPoint> points, IReadOnlyList<SalaryTrendTick> ticks)
    {
        Id = id;
        Title = title;
        Description = description;
        Points = points;
        Ticks = ticks;
    }

    public string Id { get; }

    public string Title { get; }

    public string Description { get; }

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
            .Select((figures, index) => Build($"salary-trend-{index + 1}", figures))];

    private static SalaryTrend Build(string id, List<SalaryFigureView> figures)
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
            (f.Average ?? (f.HasRange ? null : f.Minimum ?? f.Maximum)) is { } value ? Y(value) : null,
            f.SummaryText + (f.IsDerived ? " (derived)" : ""),
            f));
        var ticks = Enumerable.Range(0, (int)(axisMax / step) + 1).Select(i => new SalaryTrendTick(Y(i * step), Money.Number(i * step)));
        var where = latest.CountryCode is null ? "country not stated" : latest.CountryName;
        return new SalaryTrend(
            id,
            $"{latest.Kind.DisplayName()} pay over time, {where}, {latest.Level.DisplayName().ToLowerInvariant()}, in {latest.Currency} {latest.Period.Per()}",
            $"{figures.Count} dated figures from {figures[0].AsOf:yyyy-MM-dd} to {latest.AsOf:yyyy-MM-dd}: {string.Join("; ", figures.Select(f => $"{f.AsOf:yyyy-MM-dd} {f.AmountText}"))}. The table below gives the same numbers.",
            [.. points],
            [.. ticks]);
    }
}
