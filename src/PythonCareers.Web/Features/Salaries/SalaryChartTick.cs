namespace PythonCareers.Web.Features.Salaries;

public sealed record SalaryChartTick(int X, string Label);
