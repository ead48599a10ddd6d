using FluentValidation;

namespace PythonCareers.Web.Features.Accounts;

public sealed class SignInForm
{
    public string? Email { get; set; }

    public string? Password { get; set; }

    public string? ReturnUrl { get; set; }
}

public sealed class SignInFormValidator : AbstractValidator<SignInForm>
{
    public SignInFormValidator()
    {
        RuleFor(f => f.Email).ValidEmail();
        RuleFor(f => f.Password).NotEmpty().WithMessage("Enter your password.").MaximumLength(FormRules.PasswordMaxLength);
        RuleFor(f => f.ReturnUrl).MaximumLength(2000);
    }
}
