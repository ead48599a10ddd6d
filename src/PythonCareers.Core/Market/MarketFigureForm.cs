using System.Globalization;
using FluentValidation;
using Microsoft.EntityFrameworkCore;
using PythonCareers.Core.Common;
using PythonCareers.Core.Salaries;

namespace PythonCareers.Core.Market;

/// <summary>What the market figure editor sends. Bound from the request, never to the entity.</summary>
public sealed class MarketFigureForm
{
    /// <summary>The figure being edited, 0 for a new one: bound from the route, whatever the form says.</summary>
    [EditedId]
    public int FigureId { get; set; }

    public string? Country { get; set; }

    public string? Level { get; set; }

    public string? OpenPositions { get; set; }

    public bool IsApproximate { get; set; }

    public string? Source { get; set; }

    public uint Version { get; set; }

    public static MarketFigureForm From(MarketFigure figure)
    {
        ArgumentNullException.ThrowIfNull(figure);
        return new()
        {
            FigureId = figure.Id,
            Country = figure.CountryCode,
            Level = figure.Level.ToString(),
            OpenPositions = figure.OpenPositions.ToString(CultureInfo.InvariantCulture),
            IsApproximate = figure.IsApproximate,
            Source = figure.Source.Key,
            Version = figure.Version,
        };
    }

    public CareerLevel LevelValue => TypedText.TryName<CareerLevel>(Level, out var level) ? level : default;

    public int Count => int.TryParse(OpenPositions, NumberStyles.None, CultureInfo.InvariantCulture, out var count) ? count : 0;
}

public sealed class MarketFigureFormValidator : AbstractValidator<MarketFigureForm>
{
    public MarketFigureFormValidator(AppDbContext db)
    {
        RuleLevelCascadeMode = CascadeMode.Stop;
        RuleFor(f => f.Country).NotEmpty().WithMessage("Give the country (ISO 3166, such as US or DE).")
            .Must(c => IsoCodes.IsCountry(c!.Trim())).WithMessage(f => $"'{f.Country}' is not an ISO 3166 country code (two capital letters, such as US or DE).");
        RuleFor(f => f.Level).Must(l => TypedText.TryName<CareerLevel>(l, out _)).WithMessage($"Choose the level: one of {string.Join(", ", Enum.GetNames<CareerLevel>())}.");
        RuleFor(f => f.OpenPositions).NotEmpty().WithMessage("Give the number of open positions.")
            .Must(n => int.TryParse(n, NumberStyles.None, CultureInfo.InvariantCulture, out var count) && count > 0)
            .WithMessage("Open positions must be a whole number greater than zero.");
        RuleFor(f => f.Source).NotEmpty().WithMessage("Choose the source.")
            .MustAsync((key, ct) => db.DataSources.AnyAsync(s => s.Key == key, ct)).WithMessage(f => $"There is no source '{f.Source}'.")
            .MustAsync(async (form, key, ct) => form.Country?.Trim() is not { } country || !IsoCodes.IsCountry(country)
                || !TypedText.TryName<CareerLevel>(form.Level, out var level)
                || !await db.MarketFigures.AnyAsync(
                    f => f.Id != form.FigureId && f.CountryCode == country && f.Level == level && f.Source.Key == key && f.AsOf == f.Source.AsOf, ct))
            .WithMessage("This source already has a figure for this country and level: change that one.");
    }
}
