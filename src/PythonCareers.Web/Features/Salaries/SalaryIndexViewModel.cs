namespace PythonCareers.Web.Features.Salaries;

public sealed record SalaryIndexViewModel(IReadOnlyList<SalaryFigureView> Figures);
