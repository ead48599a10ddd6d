namespace PythonCareers.Web.Features.Salaries;

/// <summary>A gridline at <see cref="X"/> (a share of the width), its label anchored so that the axis's ends stay inside the chart.</summary>
public sealed record SalaryChartTick(string X, string Anchor, string Label);
