namespace PythonCareers.Web.Features.Salaries;

public sealed record SalaryChartRow(string Label, string AmountText, int Y, int BarX, int BarWidth, bool IsRange, int? AverageX, bool IsDerived);
