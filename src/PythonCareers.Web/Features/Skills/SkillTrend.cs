using System.Globalization;
using PythonCareers.Core.Skills;
using PythonCareers.Web.Features.Salaries;

namespace PythonCareers.Web.Features.Skills;

/// <summary>
/// A skill's share of live postings week by week, drawn the way <see cref="SalaryTrend"/> draws pay: server-rendered SVG
/// without a viewBox (weeks are shares of the width, shares whole pixels down), its text at the page's size on any
/// screen, the same gridlines and line pieces, and the numbers in a table beside it. Only the first and the last week
/// print their dates, so that twelve of them fit a 390 px phone.
/// </summary>
public sealed class SkillTrend
{
    public const int Height = 200;
    public const int PlotTop = 20;
    public const int AxisY = 160;

    /// <summary>The first and last weeks' places, in percent of the width: clear of the shares at the left, and room for a date.</summary>
    private const double PlotStart = 16;
    private const double PlotEnd = 86;

    private SkillTrend(string title, string description, IReadOnlyList<SkillTrendPoint> points, IReadOnlyList<SalaryTrendTick> ticks)
    {
        Title = title;
        Description = description;
        Points = points;
        Ticks = ticks;
    }

    public string Id => "skill-trend";

    public string Title { get; }

    public string Description { get; }

    public IReadOnlyList<SkillTrendPoint> Points { get; }

    /// <summary>Horizontal gridlines with their shares.</summary>
    public IReadOnlyList<SalaryTrendTick> Ticks { get; }

    /// <summary>The line through the counted weeks, one piece from each to the next.</summary>
    public IReadOnlyList<SalaryTrendSegment> Line =>
        [.. Points.Where(p => p.Y is not null)
            .Zip(Points.Where(p => p.Y is not null).Skip(1), (from, to) => new SalaryTrendSegment(from.X, from.Y!.Value, to.X, to.Y!.Value))];

    /// <summary>The trend of <paramref name="weeks"/> (oldest first), or none when no week of them was counted.</summary>
    public static SkillTrend? For(string skillName, IReadOnlyList<SkillDemandPoint> weeks)
    {
        ArgumentNullException.ThrowIfNull(weeks);
        if (weeks.All(w => w.Figure?.Share is null))
        {
            return null;
        }

        var largest = weeks.Max(w => w.Figure?.Share ?? 0m) * 100m;
        var step = SalaryChart.NiceStep(largest / 4m);
        var axisMax = Math.Max(step, Math.Ceiling(largest / step) * step);
        int Y(decimal percent) => AxisY - (int)Math.Round(percent / axisMax * (AxisY - PlotTop), MidpointRounding.AwayFromZero);
        string X(int index) => SvgLength.Percent((decimal)(PlotStart + (index / (double)Math.Max(1, weeks.Count - 1) * (PlotEnd - PlotStart))));
        static string Date(DateOnly week) => week.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

        var points = weeks.Select((w, index) => new SkillTrendPoint(
            Date(w.WeekStart),
            X(index),
            w.Figure?.Share is { } share ? Y(share * 100m) : null,
            index == 0 || index == weeks.Count - 1,
            w.Figure));
        var ticks = Enumerable.Range(0, (int)(axisMax / step) + 1)
            .Select(i => new SalaryTrendTick(Y(i * step), (i * step).ToString("0.#", CultureInfo.InvariantCulture) + "%"));
        var counted = weeks.Where(w => w.Figure is not null).Select(w => $"{Date(w.WeekStart)} {SkillWording.ShareText(w.Figure!.Share)}");
        return new SkillTrend(
            $"Share of live postings asking for {skillName}, by week",
            $"{weeks.Count} weeks from {Date(weeks[0].WeekStart)} to {Date(weeks[^1].WeekStart)}, each by the Monday it starts on: {string.Join("; ", counted)}. Weeks not listed were not counted. The table below gives the same numbers.",
            [.. points],
            [.. ticks]);
    }
}
