using PythonCareers.Core.Salaries;

namespace PythonCareers.Web.Features.Admin.Dashboard;

public sealed record StaleFigure(int Id, string RoleTitle, string? CountryCode, string Currency, CareerLevel Level, DateOnly AsOf);
