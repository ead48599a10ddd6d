using FluentValidation;
using PythonCareers.Core.Common;

namespace PythonCareers.Web.Features.Accounts;

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
