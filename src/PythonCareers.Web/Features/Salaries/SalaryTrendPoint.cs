namespace PythonCareers.Web.Features.Salaries;

/// <summary>One dated figure on a trend, at <see cref="X"/> (a share of the width): a range bar from <see cref="MinimumY"/> to <see cref="MaximumY"/>, a dot at <see cref="AverageY"/>.</summary>
public sealed record SalaryTrendPoint(string Date, string X, int? MinimumY, int? MaximumY, int? AverageY, string AmountText, SalaryFigureView Figure);
