using FluentValidation;

namespace PythonCareers.Web.Features.Admin.Users;

public sealed class UserSearch
{
    public string? Q { get; set; }
}

public sealed class UserSearchValidator : AbstractValidator<UserSearch>
{
    public UserSearchValidator() => RuleFor(s => s.Q).MaximumLength(254).WithMessage("Search for at most 254 characters.");
}
