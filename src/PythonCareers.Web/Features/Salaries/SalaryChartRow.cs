namespace PythonCareers.Web.Features.Salaries;

/// <summary>
/// One figure on a <see cref="SalaryChart"/>: its row starts <see cref="Top"/> pixels down; its bar starts at
/// <see cref="BarX"/> and spans <see cref="BarWidth"/> (shares of the width), with an average's marker at <see cref="AverageX"/>.
/// </summary>
public sealed record SalaryChartRow(string Label, string AmountText, int Top, string BarX, string BarWidth, bool IsRange, string? AverageX, bool IsDerived);
