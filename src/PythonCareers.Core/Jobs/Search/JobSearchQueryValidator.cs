using FluentValidation;
using Microsoft.EntityFrameworkCore;
using PythonCareers.Core.Common;
using PythonCareers.Core.Roles;
using PythonCareers.Core.Salaries;

namespace PythonCareers.Core.Jobs.Search;

/// <summary>Allow-lists every value of a job search; anything else is refused with a message for its field, never passed on.</summary>
public sealed class JobSearchQueryValidator : AbstractValidator<JobSearchQuery>
{
    public JobSearchQueryValidator(AppDbContext db)
    {
        // Stop at a field's first failure, so that the database is asked only about well-formed slugs.
        RuleLevelCascadeMode = CascadeMode.Stop;

        RuleFor(q => q.Q)
            .MaximumLength(JobSearchQuery.TextMaxLength).WithMessage($"Keep the search to {JobSearchQuery.TextMaxLength} characters or fewer.")
            .Must(text => !text!.Any(char.IsControl)).WithMessage("The search cannot contain control characters.")
            .When(q => q.Q is not null);

        RuleFor(q => q.Role)
            .Must(Slug.IsValid).WithMessage("Choose a role from the list.")
            .MustAsync((slug, cancellationToken) => db.RoleProfiles.Published().AnyAsync(r => r.Slug == slug, cancellationToken)).WithMessage("Choose a role from the list.")
            .When(q => q.Role is not null);

        RuleFor(q => q.Skill)
            .Must(Slug.IsValid).WithMessage("Choose a skill from the list.")
            .MustAsync((slug, cancellationToken) => db.Skills.AnyAsync(s => s.Slug == slug, cancellationToken)).WithMessage("Choose a skill from the list.")
            .When(q => q.Skill is not null);

        RuleFor(q => q.Country)
            .Must(code => IsoCodes.IsCountry(code!.ToUpperInvariant())).WithMessage("Use a two-letter country code, such as DE or US.")
            .When(q => q.Country is not null);

        RuleFor(q => q.Workplace)
            .Must(token => SearchToken.TryParse<Workplace>(token, out _)).WithMessage($"Choose {SearchToken.Choices<Workplace>()}.")
            .When(q => q.Workplace is not null);

        RuleFor(q => q.Type)
            .Must(token => SearchToken.TryParse<EmploymentType>(token, out _)).WithMessage($"Choose {SearchToken.Choices<EmploymentType>()}.")
            .When(q => q.Type is not null);

        RuleFor(q => q.Level)
            .Must(token => SearchToken.TryParse<JobLevel>(token, out _)).WithMessage($"Choose {SearchToken.Choices<JobLevel>()}.")
            .When(q => q.Level is not null);

        RuleFor(q => q.Currency)
            .Must(code => IsoCodes.IsCurrency(code!.ToUpperInvariant())).WithMessage("Use a three-letter currency code, such as EUR or USD.")
            .When(q => q.Currency is not null);
        RuleFor(q => q.Currency)
            .NotNull().WithMessage("Choose the currency of the minimum salary: pay in different currencies is not compared.")
            .When(q => q.Salary is not null);

        RuleFor(q => q.Salary)
            .Must(value => JobSearchQuery.TryParseSalary(value, out _)).WithMessage("Enter the minimum yearly salary as a whole number, such as 60000.")
            .Must(value => JobSearchQuery.TryParseSalary(value, out var amount) && amount is > 0 and <= JobSearchQuery.MaxSalary)
            .WithMessage($"Enter a minimum yearly salary above 0 and at most {Money.Number(JobSearchQuery.MaxSalary)}.")
            .When(q => q.Salary is not null);

        RuleFor(q => q.Sort)
            .Must(token => SearchToken.TryParse<JobSearchSort>(token, out _)).WithMessage($"Sort by {SearchToken.Choices<JobSearchSort>()}.")
            .When(q => q.Sort is not null);

        RuleFor(q => q.Page)
            .Must(value => JobSearchQuery.TryParsePage(value, out var page) && page is >= 1 and <= JobSearchQuery.MaxPage)
            .WithMessage($"Pages run from 1 to {JobSearchQuery.MaxPage}.")
            .When(q => q.Page is not null);
    }
}
