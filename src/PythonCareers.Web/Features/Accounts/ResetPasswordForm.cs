using FluentValidation;

namespace PythonCareers.Web.Features.Accounts;

public sealed class ResetPasswordForm
{
    public string? Email { get; set; }

    public string? Token { get; set; }

    public string? Password { get; set; }
}

public sealed class ResetPasswordFormValidator : AbstractValidator<ResetPasswordForm>
{
    public ResetPasswordFormValidator()
    {
        RuleFor(f => f.Email).ValidEmail();
        RuleFor(f => f.Token).NotEmpty().WithMessage("This link is incomplete: ask for a new one.").MaximumLength(FormRules.TokenMaxLength);
        RuleFor(f => f.Password).NewPassword();
    }
}
