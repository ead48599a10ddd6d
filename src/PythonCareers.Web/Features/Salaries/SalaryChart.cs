using PythonCareers.Core.Salaries;

namespace PythonCareers.Web.Features.Salaries;

/// <summary>
/// Geometry of one server-rendered SVG chart: the figures of one kind of work, currency and period on a shared axis.
/// Ranges are drawn as bands, averages as markers (or as a bar from zero when the source gives only an average).
/// Coordinates are whole pixels so that they print the same in every culture.
/// </summary>
public sealed class SalaryChart
{
    public const int Width = 720;
    public const int PlotLeft = 230;
    public const int PlotRight = 560;
    public const int RowHeight = 40;
    public const int Top = 10;
    public const int AxisHeight = 30;

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
            .Select((group, index) => Build($"salary-chart-{index + 1}", [.. group]))];

    private static SalaryChart Build(string id, IReadOnlyList<SalaryFigureView> figures)
    {
        var first = figures[0];
        var largest = figures.Max(f => f.Maximum ?? f.Average ?? f.Minimum ?? 0m);
        var step = NiceStep(largest / 4m);
        var axisMax = Math.Ceiling(largest / step) * step;
        int X(decimal amount) => PlotLeft + (int)Math.Round(amount / axisMax * (PlotRight - PlotLeft), MidpointRounding.AwayFromZero);

        var rows = figures.Select((f, index) =>
        {
            var middle = Top + (index * RowHeight) + (RowHeight / 2);
            var label = $"{f.CountryName}, {f.Level.DisplayName().ToLowerInvariant()}";
            var (bandStart, bandEnd) = (f.Minimum, f.Maximum) switch
            {
                ({ } min, { } max) => (X(min), X(max)),
                _ => (PlotLeft, X(f.Average ?? f.Minimum ?? f.Maximum ?? 0m)),
            };
            int? marker = f.HasRange && f.Average is { } average ? X(average) : null;
            return new SalaryChartRow(label, f.AmountText + (f.IsDerived ? " (derived)" : ""), middle, bandStart, bandEnd - bandStart, f.HasRange, marker, f.IsDerived);
        });

        var ticks = Enumerable.Range(0, (int)(axisMax / step) + 1)
            .Select(i => new SalaryChartTick(X(i * step), Money.Number(i * step)));

        var kind = first.Kind.DisplayName();
        return new SalaryChart(
            id,
            $"{kind} pay in {first.Currency} {first.Period.Per()}",
            $"{(figures.Count == 1 ? "One figure" : $"{figures.Count} figures")} on a scale from 0 to {Money.Format(first.Currency, axisMax)}. Bands show ranges, markers show averages; the table below gives the same numbers.",
            [.. rows],
            [.. ticks]);
    }

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
