using FluentValidation;
using PythonCareers.Core.Accounts;
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

    /// <summary>The company fields, the same on the sign-up form and on the recruiter's company profile.</summary>
    public static IRuleBuilderOptions<T, string?> CompanyName<T>(this IRuleBuilder<T, string?> rule) =>
        rule.NotEmpty().WithMessage("Enter your company's name.")
            .MaximumLength(Company.NameMaxLength).WithMessage($"Use at most {Company.NameMaxLength} characters.");

    public static IRuleBuilderOptions<T, string?> CompanyWebsite<T>(this IRuleBuilder<T, string?> rule) =>
        rule.NotEmpty().WithMessage("Enter your company's website.")
            .MaximumLength(Company.WebsiteMaxLength).WithMessage($"Use at most {Company.WebsiteMaxLength} characters.")
            .Must(WebAddress.IsValid).WithMessage("Enter a full web address, starting with https:// or http://.");

    public static IRuleBuilderOptions<T, string?> CompanyDescription<T>(this IRuleBuilder<T, string?> rule) =>
        rule.NotEmpty().WithMessage("Describe your company in a sentence or two.")
            .MaximumLength(Company.DescriptionMaxLength).WithMessage($"Use at most {Company.DescriptionMaxLength} characters.");
}
