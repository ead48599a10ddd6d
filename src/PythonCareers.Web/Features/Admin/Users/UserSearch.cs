using FluentValidation;
using PythonCareers.Core.Common;

namespace PythonCareers.Web.Features.Admin.Users;

public sealed class UserSearch
{
    public string? Q { get; set; }
}

public sealed class UserSearchValidator : AbstractValidator<UserSearch>
{
    public UserSearchValidator() => RuleFor(s => s.Q).MaximumLength(EmailAddress.MaxLength).WithMessage($"Search for at most {EmailAddress.MaxLength} characters.");
}
