using FluentValidation;

namespace PythonCareers.Web.Features.Admin.Users;

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
