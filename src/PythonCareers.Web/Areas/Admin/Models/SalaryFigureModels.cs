using FluentValidation;
using PythonCareers.Core.Common;
using PythonCareers.Core.Salaries;
using PythonCareers.Core.Salaries.Editing;

namespace PythonCareers.Web.Areas.Admin.Models;

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

    public IQueryable<SalaryFigure> Apply(IQueryable<SalaryFigure> figures)
    {
        ArgumentNullException.ThrowIfNull(figures);
        if (Role is not null)
        {
            figures = figures.Where(f => f.Role.Slug == Role);
        }

        if (Country is not null)
        {
            figures = Country == "none" ? figures.Where(f => f.CountryCode == null) : figures.Where(f => f.CountryCode == Country);
        }

        if (Kind is not null && SalaryFigureInput.TryName<EmploymentKind>(Kind, out var kind))
        {
            figures = figures.Where(f => f.Kind == kind);
        }

        return figures;
    }
}

public sealed class SalaryFigureFilterValidator : AbstractValidator<SalaryFigureFilter>
{
    public SalaryFigureFilterValidator()
    {
        RuleFor(f => f.Role).Must(Slug.IsValid).WithMessage("Choose a role from the list.").When(f => f.Role is not null);
        RuleFor(f => f.Country).Must(c => c == "none" || IsoCodes.IsCountry(c)).WithMessage("Choose a country from the list.").When(f => f.Country is not null);
        RuleFor(f => f.Kind).Must(k => SalaryFigureInput.TryName<EmploymentKind>(k, out _)).WithMessage("Choose employed or freelance.").When(f => f.Kind is not null);
    }
}

public sealed record SalaryFigureRow(int Id, SalaryFigureRecord Record, string RoleTitle)
{
    public string AmountText => SalaryAmounts.Text(Record.Currency, Record.Minimum, Record.Average, Record.Maximum);
}

public sealed record Choice(string Value, string Text);

public sealed record SalaryFigureListViewModel(SalaryFigureFilter Filter, IReadOnlyList<SalaryFigureRow> Figures, IReadOnlyList<Choice> Roles);

/// <summary>The edit form: the values as text, and the row version they were loaded at.</summary>
public sealed class SalaryFigureForm : SalaryFigureInput
{
    public uint Version { get; set; }

    public static SalaryFigureForm From(SalaryFigureRecord record, uint version)
    {
        var input = From(record);
        return new SalaryFigureForm
        {
            Role = input.Role,
            Country = input.Country,
            Currency = input.Currency,
            Kind = input.Kind,
            Level = input.Level,
            Period = input.Period,
            Minimum = input.Minimum,
            Average = input.Average,
            Maximum = input.Maximum,
            Source = input.Source,
            AsOf = input.AsOf,
            Derivation = input.Derivation,
            Version = version,
        };
    }
}

/// <summary>The add and edit page; <see cref="Conflict"/> holds the values another editor saved meanwhile.</summary>
public sealed record SalaryFigureEditViewModel(
    int? Id,
    SalaryFigureForm Form,
    IReadOnlyList<Choice> Roles,
    IReadOnlyList<Choice> Sources,
    IReadOnlyList<AuditVersion> History,
    DateTime? RetiredAt = null,
    SalaryFigureRecord? Conflict = null);

/// <summary>Amounts as the admin lists print them.</summary>
public static class SalaryAmounts
{
    public static string Text(string currency, decimal? minimum, decimal? average, decimal? maximum) =>
        string.Join(" / ", new[] { ("min", minimum), ("avg", average), ("max", maximum) }
            .Where(a => a.Item2 is not null)
            .Select(a => $"{a.Item1} {Money.Format(currency, a.Item2!.Value)}"));
}

/// <summary>The import page: the upload form, and after an upload the preview with the file carried for applying.</summary>
public sealed record ImportViewModel(ImportPreview? Preview, string? Content);
