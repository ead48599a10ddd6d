namespace PythonCareers.Web.Features.Roles;

public sealed record RoleLink(string Slug, string Title);
