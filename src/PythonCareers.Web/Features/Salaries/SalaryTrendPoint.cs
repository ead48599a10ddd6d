namespace PythonCareers.Web.Features.Salaries;

/// <summary>One dated figure on a trend: a range bar from <see cref="MinimumY"/> to <see cref="MaximumY"/>, a dot at <see cref="AverageY"/>.</summary>
public sealed record SalaryTrendPoint(string Date, int X, int? MinimumY, int? MaximumY, int? AverageY, string AmountText, SalaryFigureView Figure);
