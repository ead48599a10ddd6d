namespace PythonCareers.Web.Features.Admin.Users;

public sealed record UserViewModel(UserRow User, string? CompanyName, bool IsSelf);
