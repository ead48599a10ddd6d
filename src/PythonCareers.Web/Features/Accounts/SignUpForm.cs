using System.ComponentModel.DataAnnotations;
using FluentValidation;

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
        RuleFor(f => f.CompanyName).CompanyName();
        RuleFor(f => f.CompanyWebsite).CompanyWebsite();
        RuleFor(f => f.CompanyDescription).CompanyDescription();
    }
}
