using FluentValidation;
using PythonCareers.Core.Common;
using PythonCareers.Core.Salaries.Editing;

namespace PythonCareers.Web.Features.Admin.SalaryFigures;

/// <summary>The edit form: the values as text, and the row version they were loaded at.</summary>
public sealed class SalaryFigureForm : SalaryFigureInput
{
    /// <summary>The figure being edited, 0 for a new one: bound from the route, whatever the form says.</summary>
    [EditedId]
    public int FigureId { get; set; }

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

/// <summary>The figure's own rules, and one the database holds: no two live figures share a key (role, country, kind, level, period, source, as-of date).</summary>
public sealed class SalaryFigureFormValidator : AbstractValidator<SalaryFigureForm>
{
    public SalaryFigureFormValidator(IValidator<SalaryFigureInput> input, SalaryFigureEditor editor)
    {
        // The figure's own rules run once; the key is looked up only for a figure that keeps them.
        RuleFor(f => f).CustomAsync(async (form, context, cancellationToken) =>
        {
            var own = await input.ValidateAsync(form, cancellationToken);
            own.Errors.ForEach(context.AddFailure);
            if (own.IsValid && await editor.FindSameKeyAsync(form.ToRecord().Key, form.FigureId, cancellationToken) is { } other)
            {
                context.AddFailure(
                    nameof(form.AsOf),
                    $"Figure #{other} already has this role, country, kind, level, period, source and as-of date: change that one, or give this one another date.");
            }
        });
    }
}
