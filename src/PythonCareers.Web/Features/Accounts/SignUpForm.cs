using System.ComponentModel.DataAnnotations;
using FluentValidation;
using PythonCareers.Core.Accounts;
using PythonCareers.Core.Common;

namespace PythonCareers.Web.Features.Accounts;

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
