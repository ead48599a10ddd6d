using PythonCareers.Web.Features.Salaries;

namespace PythonCareers.Web.Features.Roles;

public sealed record RoleCard(string Slug, string Title, string Summary, SalaryFigureView? Headline);
