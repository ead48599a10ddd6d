namespace PythonCareers.Web.Features.Salaries;

/// <summary>A piece of a trend's line from one average to the next: across as shares of the width, down in pixels.</summary>
public sealed record SalaryTrendSegment(string X1, int Y1, string X2, int Y2);
