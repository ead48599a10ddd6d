namespace PythonCareers.Web.Features.Admin.CareerAreas;

public sealed record CareerAreaRow(int Id, string Slug, string Name, int RoleCount);
