using FluentValidation;
using PythonCareers.Core.Common;
using PythonCareers.Core.Salaries;
using PythonCareers.Core.Salaries.Editing;

namespace PythonCareers.Web.Features.Admin.SalaryFigures;

/// <summary>The list and export filters; each value is checked against what exists, a bad one is a 400.</summary>
public sealed class SalaryFigureFilter
{
    public string? Role { get; set; }

    public string? Country { get; set; }

    public string? Kind { get; set; }

    public bool IsEmpty => Role is null && Country is null && Kind is null;

    public string QueryString => string.Join("&", new[] { ("role", Role), ("country", Country), ("kind", Kind) }
        .Where(p => p.Item2 is not null)
        .Select(p => $"{p.Item1}={Uri.EscapeDataString(p.Item2!)}"));

    public EmploymentKind? KindValue => TypedText.TryName<EmploymentKind>(Kind, out var kind) ? kind : null;
}

public sealed class SalaryFigureFilterValidator : AbstractValidator<SalaryFigureFilter>
{
    public SalaryFigureFilterValidator()
    {
        RuleFor(f => f.Role).Must(Slug.IsValid).WithMessage("Choose a role from the list.").When(f => f.Role is not null);
        RuleFor(f => f.Country).Must(c => c == SalaryFigureSelection.NoCountry || IsoCodes.IsCountry(c)).WithMessage("Choose a country from the list.").When(f => f.Country is not null);
        RuleFor(f => f.Kind).Must(k => TypedText.TryName<EmploymentKind>(k, out _)).WithMessage("Choose employed or freelance.").When(f => f.Kind is not null);
    }
}
