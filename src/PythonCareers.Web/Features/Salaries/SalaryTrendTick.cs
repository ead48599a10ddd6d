namespace PythonCareers.Web.Features.Salaries;

public sealed record SalaryTrendTick(int Y, string Label);
