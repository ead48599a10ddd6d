using PythonCareers.Core.Market;
using PythonCareers.Core.Salaries;

namespace PythonCareers.Web.Features.Salaries;

/// <summary>
/// Geometry of one server-rendered SVG chart: the figures of one kind of work, currency and period on a shared axis.
/// Ranges are drawn as bands, averages as markers (or as a bar from zero when the source gives only an average).
/// The SVG has no viewBox: across, amounts are shares of its width (<see cref="SvgLength"/>), and down, whole pixels, so
/// it fills a phone or a desktop while its text keeps the page's size. Each row puts its label and amount on lines of
/// their own above its bar, where a narrow screen still has room for them.
/// </summary>
public sealed class SalaryChart
{
    public const int RowHeight = 62;
    public const int Top = 4;
    public const int AxisHeight = 30;

    /// <summary>Where the axis starts and ends, in percent of the width: room for a marker's edge on either side.</summary>
    private const decimal PlotStart = 1m;
    private const decimal PlotEnd = 99m;

    private static readonly decimal[] NiceMultipliers = [1m, 2m, 2.5m, 5m, 10m];

    private SalaryChart(string id, string title, string description, IReadOnlyList<SalaryChartRow> rows, IReadOnlyList<SalaryChartTick> ticks)
    {
        Id = id;
        Title = title;
        Description = description;
        Rows = rows;
        Ticks = ticks;
    }

    public string Id { get; }

    public string Title { get; }

    public string Description { get; }

    public IReadOnlyList<SalaryChartRow> Rows { get; }

    public IReadOnlyList<SalaryChartTick> Ticks { get; }

    public int Height => Top + (Rows.Count * RowHeight) + AxisHeight;

    public int AxisY => Top + (Rows.Count * RowHeight);

    public static IReadOnlyList<SalaryChart> For(IReadOnlyList<SalaryFigureView> figures) =>
        [.. figures
            .GroupBy(f => (f.Kind, f.Currency, f.Period))
            .Select((group, index) => Build(
                $"salary-chart-{index + 1}",
                $"{group.Key.Kind.DisplayName()} pay in {group.Key.Currency} {group.Key.Period.Per()}",
                "figures",
                "Bands show ranges, markers show averages",
                group.Key.Currency,
                [.. group.Select(f => new Bar(
                    $"{f.CountryName}, {f.Level.DisplayName().ToLowerInvariant()}",
                    f.AmountText + (f.IsDerived ? " (derived)" : ""),
                    f.Minimum,
                    f.Average,
                    f.Maximum,
                    f.IsDerived))]))];

    /// <summary>The posted-salary index: a band from the 25th to the 75th percentile with the median marked, for each figure.</summary>
    public static IReadOnlyList<SalaryChart> ForPosted(IReadOnlyList<PostedPay> figures) =>
        [.. figures
            .GroupBy(f => (f.Kind, f.Currency))
            .Select((group, index) => Build(
                $"posted-pay-chart-{index + 1}",
                $"{group.Key.Kind.DisplayName()} pay offered in postings, in {group.Key.Currency} a year",
                "posted figures",
                "Bands show the middle half of the offers, markers the median",
                group.Key.Currency,
                [.. group.Select(f => new Bar(PostedPayWording.Label(f), PostedPayWording.Summary(f), f.P25, f.Median, f.P75, IsDerived: false))]))];

    private static SalaryChart Build(string id, string title, string counted, string legend, string currency, IReadOnlyList<Bar> bars)
    {
        var largest = bars.Max(b => b.Maximum ?? b.Average ?? b.Minimum ?? 0m);
        var step = NiceStep(largest / 4m);
        var axisMax = Math.Ceiling(largest / step) * step;
        decimal X(decimal amount) => PlotStart + (amount / axisMax * (PlotEnd - PlotStart));

        var rows = bars.Select((b, index) =>
        {
            var hasRange = b.Minimum is not null && b.Maximum is not null;
            var (bandStart, bandEnd) = (b.Minimum, b.Maximum) switch
            {
                ({ } min, { } max) => (X(min), X(max)),
                _ => (PlotStart, X(b.Average ?? b.Minimum ?? b.Maximum ?? 0m)),
            };
            var marker = hasRange && b.Average is { } average ? SvgLength.Percent(X(average)) : null;
            return new SalaryChartRow(
                b.Label,
                b.AmountText,
                Top + (index * RowHeight),
                SvgLength.Percent(bandStart),
                SvgLength.Percent(bandEnd - bandStart),
                hasRange,
                marker,
                b.IsDerived);
        });

        var count = (int)(axisMax / step);
        var ticks = Enumerable.Range(0, count + 1)
            .Select(i => new SalaryChartTick(SvgLength.Percent(X(i * step)), i == 0 ? "start" : i == count ? "end" : "middle", Money.Number(i * step)));

        return new SalaryChart(
            id,
            title,
            $"{bars.Count} {(bars.Count == 1 ? counted.TrimEnd('s') : counted)} on a scale from 0 to {Money.Format(currency, axisMax)}. {legend}; the table below gives the same numbers.",
            [.. rows],
            [.. ticks]);
    }

    /// <summary>One row of a chart, from a cited figure or a posted one.</summary>
    private sealed record Bar(string Label, string AmountText, decimal? Minimum, decimal? Average, decimal? Maximum, bool IsDerived);

    /// <summary>The smallest of 1, 2, 2.5 or 5 times a power of ten that is at least <paramref name="rough"/>.</summary>
    internal static decimal NiceStep(decimal rough)
    {
        var power = 1m;
        while (power * 10 <= rough)
        {
            power *= 10;
        }

        return NiceMultipliers.Select(m => m * power).First(step => step >= rough);
    }
}
