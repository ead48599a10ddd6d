using FluentValidation;

namespace PythonCareers.Web.Areas.Admin.Models;

public sealed record UserRow(string Id, string Email, IReadOnlyList<string> Roles, bool IsLocked, DateTime CreatedAt);

public sealed record UsersViewModel(string? Search, IReadOnlyList<UserRow> Users);

public sealed record UserViewModel(UserRow User, string? CompanyName, bool IsSelf);

public sealed class UserSearch
{
    public string? Q { get; set; }
}

public sealed class UserSearchValidator : AbstractValidator<UserSearch>
{
    public UserSearchValidator() => RuleFor(s => s.Q).MaximumLength(254).WithMessage("Search for at most 254 characters.");
}

public sealed class RoleChange
{
    public string? Role { get; set; }

    public bool Grant { get; set; }
}

public sealed class RoleChangeValidator : AbstractValidator<RoleChange>
{
    /// <summary>The roles an admin hands out here; Admin itself comes from configuration.</summary>
    public static readonly IReadOnlyList<string> Grantable = [PythonCareers.Core.Accounts.CareerRoles.Editor, PythonCareers.Core.Accounts.CareerRoles.Recruiter];

    public RoleChangeValidator() =>
        RuleFor(c => c.Role).Must(role => role is not null && Grantable.Contains(role)).WithMessage("Choose Editor or Recruiter.");
}
