using System.ComponentModel.DataAnnotations;
using FluentValidation;
using PythonCareers.Core.Accounts;
using PythonCareers.Web.Features.Accounts;

namespace PythonCareers.Web.Features.Recruiter.CompanyProfile;

/// <summary>The recruiter's company profile. It names no company: the one edited is always the recruiter's own.</summary>
public sealed class CompanyProfileForm
{
    public string? Name { get; set; }

    public string? Website { get; set; }

    [DataType(DataType.MultilineText)]
    public string? Description { get; set; }

    public static CompanyProfileForm From(Company company)
    {
        ArgumentNullException.ThrowIfNull(company);
        return new CompanyProfileForm { Name = company.Name, Website = company.Website, Description = company.Description };
    }
}

/// <summary>The sign-up form's rules for the company fields (<see cref="FormRules"/>).</summary>
public sealed class CompanyProfileFormValidator : AbstractValidator<CompanyProfileForm>
{
    public CompanyProfileFormValidator()
    {
        RuleFor(f => f.Name).CompanyName();
        RuleFor(f => f.Website).CompanyWebsite();
        RuleFor(f => f.Description).CompanyDescription();
    }
}
