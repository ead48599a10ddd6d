using System.ComponentModel.DataAnnotations;
using FluentValidation;
using PythonCareers.Core.Accounts;
using PythonCareers.Core.Common;

namespace PythonCareers.Web.Accounts;

public sealed class SignUpForm
{
    public string? Email { get; set; }

    public string? Password { get; set; }

    public string? CompanyName { get; set; }

    public string? CompanyWebsite { get; set; }

    [DataType(DataType.MultilineText)]
    public string? CompanyDescription { get; set; }
}

public sealed class SignUpFormValidator : AbstractValidator<SignUpForm>
{
    public SignUpFormValidator()
    {
        RuleFor(f => f.Email).ValidEmail();
        RuleFor(f => f.Password).NewPassword();
        RuleFor(f => f.CompanyName).NotEmpty().WithMessage("Enter your company's name.")
            .MaximumLength(Company.NameMaxLength);
        RuleFor(f => f.CompanyWebsite).NotEmpty().WithMessage("Enter your company's website.")
            .MaximumLength(Company.WebsiteMaxLength)
            .Must(WebAddress.IsValid).WithMessage("Enter a full web address, starting with https:// or http://.");
        RuleFor(f => f.CompanyDescription).NotEmpty().WithMessage("Describe your company in a sentence or two.")
            .MaximumLength(Company.DescriptionMaxLength);
    }
}

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

public sealed class ForgotPasswordForm
{
    public string? Email { get; set; }
}

public sealed class ForgotPasswordFormValidator : AbstractValidator<ForgotPasswordForm>
{
    public ForgotPasswordFormValidator() => RuleFor(f => f.Email).ValidEmail();
}

/// <summary>The emailed confirmation link's values, posted back by the person who follows it.</summary>
public sealed class ConfirmEmailForm
{
    public string? Email { get; set; }

    public string? Token { get; set; }
}

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

public static class FormRules
{
    public const int EmailMaxLength = EmailAddress.MaxLength;
    public const string EmailMessage = "Enter an email address like name@example.com.";
    public const int PasswordMinLength = 12;
    public const int PasswordMaxLength = 256;
    public const int TokenMaxLength = 2000;

    public static IRuleBuilderOptions<T, string?> ValidEmail<T>(this IRuleBuilder<T, string?> rule) =>
        rule.NotEmpty().WithMessage("Enter your email address.")
            .MaximumLength(EmailMaxLength).WithMessage($"An email address has at most {EmailMaxLength} characters.")
            .Must(EmailAddress.IsValid).WithMessage(EmailMessage);

    public static IRuleBuilderOptions<T, string?> NewPassword<T>(this IRuleBuilder<T, string?> rule) =>
        rule.NotEmpty().WithMessage("Choose a password.")
            .MinimumLength(PasswordMinLength).WithMessage($"Use at least {PasswordMinLength} characters; a few words make a good password.")
            .MaximumLength(PasswordMaxLength).WithMessage($"Use at most {PasswordMaxLength} characters.");
}
