using FluentValidation;
using Microsoft.EntityFrameworkCore;
using PythonCareers.Core.Common;
using PythonCareers.Core.Salaries;
using PythonCareers.Core.Salaries.Editing;

namespace PythonCareers.Web.Features.Admin.MarketFigures;

public sealed class MarketFigureForm
{
    public string? Country { get; set; }

    public string? Level { get; set; }

    public string? OpenPositions { get; set; }

    public bool IsApproximate { get; set; }

    public string? Source { get; set; }

    public uint Version { get; set; }

    public CareerLevel LevelValue => SalaryFigureInput.TryName<CareerLevel>(Level, out var level) ? level : default;

    public int Count => int.TryParse(OpenPositions, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var count) ? count : 0;
}

public sealed class MarketFigureFormValidator : AbstractValidator<MarketFigureForm>
{
    public MarketFigureFormValidator(PythonCareers.Core.AppDbContext db)
    {
        RuleLevelCascadeMode = CascadeMode.Stop;
        RuleFor(f => f.Country).NotEmpty().WithMessage("Give the country (ISO 3166, such as US or DE).")
            .Must(c => IsoCodes.IsCountry(c!.Trim())).WithMessage(f => $"'{f.Country}' is not an ISO 3166 country code (two capital letters, such as US or DE).");
        RuleFor(f => f.Level).Must(l => SalaryFigureInput.TryName<CareerLevel>(l, out _)).WithMessage($"Choose the level: one of {string.Join(", ", Enum.GetNames<CareerLevel>())}.");
        RuleFor(f => f.OpenPositions).NotEmpty().WithMessage("Give the number of open positions.")
            .Must(n => int.TryParse(n, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var count) && count > 0)
            .WithMessage("Open positions must be a whole number greater than zero.");
        RuleFor(f => f.Source).NotEmpty().WithMessage("Choose the source.")
            .MustAsync((key, ct) => db.DataSources.AnyAsync(s => s.Key == key, ct)).WithMessage(f => $"There is no source '{f.Source}'.");
    }
}
