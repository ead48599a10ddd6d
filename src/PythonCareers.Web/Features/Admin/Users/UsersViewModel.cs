namespace PythonCareers.Web.Features.Admin.Users;

public sealed record UsersViewModel(string? Search, IReadOnlyList<UserRow> Users);
