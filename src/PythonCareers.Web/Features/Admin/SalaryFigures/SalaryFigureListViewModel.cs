namespace PythonCareers.Web.Features.Admin.SalaryFigures;

public sealed record SalaryFigureListViewModel(SalaryFigureFilter Filter, IReadOnlyList<SalaryFigureRow> Figures, IReadOnlyList<Choice> Roles);
