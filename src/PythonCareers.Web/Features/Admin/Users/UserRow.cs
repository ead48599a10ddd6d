namespace PythonCareers.Web.Features.Admin.Users;

public sealed record UserRow(string Id, string Email, IReadOnlyList<string> Roles, bool IsLocked, DateTime CreatedAt);
