using FluentValidation;
using Microsoft.EntityFrameworkCore;
using PythonCareers.Core.Common;

namespace PythonCareers.Core.Salaries.Editing;

/// <summary>
/// The salary figure rules of the domain and the database, as messages for each field. One instance loads the role slugs
/// and source keys once, so validating a 10,000 row import asks the database twice.
/// </summary>
public sealed class SalaryFigureInputValidator : AbstractValidator<SalaryFigureInput>
{
    /// <summary>The first amount numeric(12,2) cannot hold.</summary>
    private const decimal AmountLimit = 10_000_000_000m;

    private readonly AppDbContext db;
    private HashSet<string>? roles;
    private HashSet<string>? sources;

    public SalaryFigureInputValidator(AppDbContext db, TimeProvider clock)
    {
        this.db = db;
        RuleLevelCascadeMode = CascadeMode.Stop;

        RuleFor(i => i.Role)
            .NotEmpty().WithMessage("Choose the role.")
            .MustAsync(async (slug, ct) => (await RolesAsync(ct)).Contains(slug!.Trim())).WithMessage(i => $"There is no role '{i.Role}'.");
        RuleFor(i => i.Country)
            .Must(code => IsoCodes.IsCountry(code!.Trim()))
            .WithMessage(i => $"'{i.Country}' is not an ISO 3166 country code (two capital letters, such as US or DE); leave it empty when the source names no country.")
            .When(i => !string.IsNullOrWhiteSpace(i.Country));
        RuleFor(i => i.Currency)
            .NotEmpty().WithMessage("Give the currency (ISO 4217, such as USD or EUR).")
            .Must(code => IsoCodes.IsCurrency(code!.Trim())).WithMessage(i => $"'{i.Currency}' is not an ISO 4217 currency code (three capital letters, such as USD or EUR).");
        RuleFor(i => i.Kind).Must(text => TypedText.TryName<EmploymentKind>(text, out _)).WithMessage(OneOf<EmploymentKind>("kind of work"));
        RuleFor(i => i.Level).Must(text => TypedText.TryName<CareerLevel>(text, out _)).WithMessage(OneOf<CareerLevel>("level"));
        RuleFor(i => i.Period).Must(text => TypedText.TryName<PayPeriod>(text, out _)).WithMessage(OneOf<PayPeriod>("pay period"));
        RuleFor(i => i.Minimum).Custom((text, context) => CheckAmount(text, "minimum", context));
        RuleFor(i => i.Average).Custom((text, context) => CheckAmount(text, "average", context));
        RuleFor(i => i.Maximum).Custom((text, context) => CheckAmount(text, "maximum", context));
        RuleFor(i => i).Custom(CheckStatistic);
        RuleFor(i => i.Source)
            .NotEmpty().WithMessage("Choose the source.")
            .MustAsync(async (key, ct) => (await SourcesAsync(ct)).Contains(key!.Trim())).WithMessage(i => $"There is no source '{i.Source}': add it under Data sources first.");
        RuleFor(i => i.AsOf)
            .NotEmpty().WithMessage("Give the date the figure applies to (yyyy-MM-dd).")
            .Must(text => TypedText.TryDate(text, out _)).WithMessage(i => $"'{i.AsOf}' is not a date in the form yyyy-MM-dd.")
            .Must(text => TypedText.TryDate(text, out var date) && date <= DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime))
            .WithMessage(i => $"The as-of date {i.AsOf} is in the future.");
        RuleFor(i => i.Derivation)
            .MaximumLength(SalaryFigure.DerivationMaxLength).WithMessage($"Keep the derivation note to {SalaryFigure.DerivationMaxLength} characters.")
            .Must(text => PlainText.IsStorable(text!, multiline: false)).WithMessage(PlainText.ControlCharacterMessage)
            .Must(text => !SalaryCsv.IsFormula(text!.Trim()))
            .WithMessage("Start the note with a word or a number: text that starts with =, +, - or @ is a formula to a spreadsheet.")
            .When(i => i.Derivation is not null);
    }

    private static string OneOf<TEnum>(string what)
        where TEnum : struct, Enum => $"Choose the {what}: one of {string.Join(", ", Enum.GetNames<TEnum>())}.";

    private static void CheckAmount(string? text, string name, ValidationContext<SalaryFigureInput> context)
    {
        if (!SalaryFigureInput.TryAmount(text, out var amount))
        {
            context.AddFailure($"The {name} '{text}' is not a number: write it like 70000 or 70000.50, without separators.");
        }
        else if (amount is <= 0)
        {
            context.AddFailure($"The {name} must be greater than zero.");
        }
        else if (amount is { } value && (value >= AmountLimit || decimal.Round(value, 2) != value))
        {
            context.AddFailure($"The {name} must have at most two decimals and be below {Money.Number(AmountLimit)}.");
        }
    }

    /// <summary>At least one amount, and minimum &lt;= average &lt;= maximum, as SalaryStatistic and the check constraints insist.</summary>
    private static void CheckStatistic(SalaryFigureInput input, ValidationContext<SalaryFigureInput> context)
    {
        if (!SalaryFigureInput.TryAmount(input.Minimum, out var minimum)
            || !SalaryFigureInput.TryAmount(input.Average, out var average)
            || !SalaryFigureInput.TryAmount(input.Maximum, out var maximum))
        {
            return;
        }

        if (minimum is null && average is null && maximum is null)
        {
            context.AddFailure(nameof(SalaryFigureInput.Average), "Give at least one of minimum, average and maximum.");
        }
        else if (minimum > maximum)
        {
            context.AddFailure(nameof(SalaryFigureInput.Minimum), $"The minimum ({minimum}) must not be above the maximum ({maximum}).");
        }
        else if (minimum > average)
        {
            context.AddFailure(nameof(SalaryFigureInput.Minimum), $"The minimum ({minimum}) must not be above the average ({average}).");
        }
        else if (average > maximum)
        {
            context.AddFailure(nameof(SalaryFigureInput.Average), $"The average ({average}) must not be above the maximum ({maximum}).");
        }
    }

    private async Task<HashSet<string>> RolesAsync(CancellationToken cancellationToken) =>
        roles ??= [.. await db.RoleProfiles.Select(r => r.Slug).ToListAsync(cancellationToken)];

    private async Task<HashSet<string>> SourcesAsync(CancellationToken cancellationToken) =>
        sources ??= [.. await db.DataSources.Select(s => s.Key).ToListAsync(cancellationToken)];
}
