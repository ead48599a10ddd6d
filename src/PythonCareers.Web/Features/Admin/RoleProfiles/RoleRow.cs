namespace PythonCareers.Web.Features.Admin.RoleProfiles;

public sealed record RoleRow(int Id, string Slug, string Title, bool IsPublished);
