using System.ComponentModel.DataAnnotations;
using FluentValidation;
using Microsoft.EntityFrameworkCore;
using PythonCareers.Core.Common;
using PythonCareers.Core.Salaries;

namespace PythonCareers.Core.Jobs;

/// <summary>What the posting form sends. Bound from the request, never to the entity (no mass assignment).</summary>
public sealed class PostingForm
{
    public string? Title { get; set; }

    public int? RoleProfileId { get; set; }

    public EmploymentType? EmploymentType { get; set; }

    public JobLevel? Level { get; set; }

    public string? City { get; set; }

    public string? CountryCode { get; set; }

    public Workplace? Workplace { get; set; }

    /// <summary>Room for <see cref="JobPosting.MaxRemoteCountries"/> codes and their separators; longer text is refused before it is split.</summary>
    public const int RemoteCountriesMaxLength = JobPosting.MaxRemoteCountries * 10;

    /// <summary>ISO country codes separated by commas or spaces, for remote postings.</summary>
    public string? RemoteCountries { get; set; }

    public decimal? SalaryMin { get; set; }

    public decimal? SalaryMax { get; set; }

    public string? Currency { get; set; }

    public PayPeriod? SalaryPeriod { get; set; }

    /// <summary>Ticked after the form warned about the pay (<see cref="SalaryPlausibility"/>): the pay is right as entered.</summary>
    public bool SalaryConfirmed { get; set; }

    [DataType(DataType.MultilineText)]
    public string? Description { get; set; }

    public List<int> SkillIds { get; set; } = [];

    public string? ApplyUrl { get; set; }

    public string? ApplyEmail { get; set; }

    public bool VisaSponsorship { get; set; }

    public bool Relocation { get; set; }

    public IReadOnlyList<string> RemoteCountryCodes =>
        (RemoteCountries ?? "").Split([',', ' ', ';'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Select(code => code.ToUpperInvariant())
            .ToList();

    public static PostingForm From(PostingDetails details)
    {
        ArgumentNullException.ThrowIfNull(details);
        return new PostingForm
        {
            Title = details.Title,
            RoleProfileId = details.RoleProfileId,
            EmploymentType = details.EmploymentType,
            Level = details.Level,
            City = details.City,
            CountryCode = details.CountryCode,
            Workplace = details.Workplace,
            RemoteCountries = string.Join(", ", details.RemoteCountries),
            SalaryMin = details.SalaryMin,
            SalaryMax = details.SalaryMax,
            Currency = details.Currency,
            SalaryPeriod = details.SalaryPeriod,
            Description = details.Description,
            SkillIds = [.. details.SkillIds],
            ApplyUrl = details.ApplyUrl,
            ApplyEmail = details.ApplyEmail,
            VisaSponsorship = details.VisaSponsorship,
            Relocation = details.Relocation,
        };
    }

    /// <summary>The validated form as domain input; call only after <see cref="PostingFormValidator"/> passed.</summary>
    public PostingDetails ToDetails() => new(
        Title!.Trim(),
        RoleProfileId!.Value,
        EmploymentType!.Value,
        Level!.Value,
        City!.Trim(),
        CountryCode!.Trim().ToUpperInvariant(),
        Workplace!.Value,
        Workplace == Jobs.Workplace.Remote ? RemoteCountryCodes : [],
        SalaryMin!.Value,
        SalaryMax!.Value,
        Currency!.Trim().ToUpperInvariant(),
        SalaryPeriod!.Value,
        Description!,
        SkillIds,
        string.IsNullOrWhiteSpace(ApplyUrl) ? null : ApplyUrl.Trim(),
        string.IsNullOrWhiteSpace(ApplyEmail) ? null : ApplyEmail.Trim(),
        VisaSponsorship,
        Relocation);
}

public sealed class PostingFormValidator : AbstractValidator<PostingForm>
{
    /// <summary>No real salary is this high; a larger number is a typo (or an attack on the column's precision).</summary>
    public const decimal HighestSalary = 100_000_000m;

    public PostingFormValidator(AppDbContext db)
    {
        RuleFor(f => f.Title).NotEmpty().WithMessage("Give the posting a title.")
            .MaximumLength(JobPosting.TitleMaxLength).WithMessage($"Keep the title to {JobPosting.TitleMaxLength} characters.");
        RuleFor(f => f.RoleProfileId).NotNull().WithMessage("Choose the role this posting is for.")
            .MustAsync(async (id, token) => await db.RoleProfiles.AnyAsync(r => r.Id == id && r.IsPublished, token)).WithMessage("Choose a role from the list.")
            .When(f => f.RoleProfileId is not null, ApplyConditionTo.CurrentValidator);
        RuleFor(f => f.EmploymentType).NotNull().WithMessage("Choose the employment type.").IsInEnum().WithMessage("Choose an employment type from the list.");
        RuleFor(f => f.Level).NotNull().WithMessage("Choose the level.").IsInEnum().WithMessage("Choose a level from the list.");
        RuleFor(f => f.Workplace).NotNull().WithMessage("Choose on-site, hybrid or remote.").IsInEnum().WithMessage("Choose a workplace from the list.");
        RuleFor(f => f.City).NotEmpty().WithMessage("Enter the city.")
            .MaximumLength(JobPosting.CityMaxLength).WithMessage($"Keep the city to {JobPosting.CityMaxLength} characters.");
        RuleFor(f => f.CountryCode).NotEmpty().WithMessage("Choose the country.")
            .Must(code => IsoCodes.IsCountry(code?.Trim().ToUpperInvariant())).WithMessage("Choose a country from the list.");
        RuleFor(f => f.RemoteCountries).MaximumLength(PostingForm.RemoteCountriesMaxLength).WithMessage($"List at most {JobPosting.MaxRemoteCountries} countries.");
        RuleFor(f => f.RemoteCountryCodes).NotEmpty().WithMessage("Name the countries remote applicants may live in, e.g. DE, AT, CH.")
            .Must(codes => codes.All(IsoCodes.IsCountry)).WithMessage("Use two-letter country codes such as DE or US, separated by commas.")
            .Must(codes => codes.Count <= JobPosting.MaxRemoteCountries).WithMessage($"List at most {JobPosting.MaxRemoteCountries} countries.")
            .OverridePropertyName(nameof(PostingForm.RemoteCountries))
            .When(f => f.Workplace == Jobs.Workplace.Remote);
        RuleFor(f => f.SalaryMin).NotNull().WithMessage("Enter the lowest pay: this site shows the salary of every posting.")
            .GreaterThan(0).WithMessage("The lowest pay must be more than zero.")
            .LessThan(HighestSalary).WithMessage("That number is too large for a salary.")
            .PrecisionScale(12, 2, ignoreTrailingZeros: true).WithMessage("Use at most two decimal places.");
        RuleFor(f => f.SalaryMax).NotNull().WithMessage("Enter the highest pay.")
            .GreaterThan(0).WithMessage("The highest pay must be more than zero.")
            .LessThan(HighestSalary).WithMessage("That number is too large for a salary.")
            .PrecisionScale(12, 2, ignoreTrailingZeros: true).WithMessage("Use at most two decimal places.")
            .GreaterThanOrEqualTo(f => f.SalaryMin).When(f => f.SalaryMin is not null).WithMessage("The highest pay must not be below the lowest.");
        RuleFor(f => f.Currency).NotEmpty().WithMessage("Choose the currency.")
            .Must(code => IsoCodes.IsCurrency(code?.Trim().ToUpperInvariant())).WithMessage("Use an ISO currency code such as EUR, USD or GBP.");
        RuleFor(f => f.SalaryPeriod).NotNull().WithMessage("Say whether the pay is per year, month, day or hour.").IsInEnum().WithMessage("Choose a pay period from the list.");
        RuleFor(f => f.Description).NotEmpty().WithMessage("Describe the role.")
            .MaximumLength(JobPosting.DescriptionMaxLength).WithMessage($"Keep the description to {JobPosting.DescriptionMaxLength:N0} characters.");
        RuleFor(f => f.SkillIds).Must(ids => ids.Count <= JobPosting.MaxSkills).WithMessage($"Choose at most {JobPosting.MaxSkills} skills.")
            .MustAsync(async (ids, token) => ids.Count == 0 || await db.Skills.CountAsync(s => ids.Contains(s.Id), token) == ids.Distinct().Count())
            .WithMessage("Choose skills from the list.");
        RuleFor(f => f.ApplyUrl).MaximumLength(JobPosting.ApplyUrlMaxLength).WithMessage($"Keep the address to {JobPosting.ApplyUrlMaxLength} characters.")
            .Must(WebAddress.IsValid).WithMessage("Enter a full web address starting with https:// or http://.")
            .When(f => !string.IsNullOrWhiteSpace(f.ApplyUrl));
        RuleFor(f => f.ApplyEmail).Must(email => EmailAddress.IsValid(email!.Trim())).WithMessage("Enter an email address like jobs@example.com.")
            .When(f => !string.IsNullOrWhiteSpace(f.ApplyEmail));
        RuleFor(f => f.ApplyUrl).NotEmpty().WithMessage("Say how to apply: a web address or an email address.")
            .When(f => string.IsNullOrWhiteSpace(f.ApplyEmail));
    }
}
