using System.Globalization;
using PythonCareers.Core.Salaries;

namespace PythonCareers.Web.Features.Salaries;

/// <summary>
/// Several dated figures of one role, country, kind of work, level and period, drawn over time: a server-rendered line of
/// averages with range bars, whole-pixel coordinates, and the same numbers in a table beside it.
/// </summary>
public sealed class SalaryTrend
{
    public const int Width = 720;
    public const int Height = 240;
    public const int PlotLeft = 90;
    public const int PlotRight = 660;
    public const int PlotTop = 20;
    public const int AxisY = 200;

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

    /// <summary>The polyline through the averages, when at least two points have one.</summary>
    public string? AverageLine =>
        Points.Count(p => p.AverageY is not null) < 2
            ? null
            : string.Join(" ", Points.Where(p => p.AverageY is not null).Select(p => $"{p.X},{p.AverageY}"));

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
        int X(DateOnly date) => PlotLeft + (int)Math.Round((date.DayNumber - first) / (double)span * (PlotRight - PlotLeft), MidpointRounding.AwayFromZero);

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
