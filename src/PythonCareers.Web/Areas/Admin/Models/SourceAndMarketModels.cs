using FluentValidation;
using Microsoft.EntityFrameworkCore;
using PythonCareers.Core.Common;
using PythonCareers.Core.Salaries;
using PythonCareers.Core.Salaries.Editing;
using PythonCareers.Core.Sources;

namespace PythonCareers.Web.Areas.Admin.Models;

public sealed record DataSourceRow(int Id, string Key, string Publisher, string Title, DateOnly AsOf, DatePrecision Precision, int SalaryFigures, int MarketFigures, int Other)
{
    public string AsOfText => SourceCitation.FormatAsOf(AsOf, Precision);
}

public sealed class DataSourceForm
{
    public string? Key { get; set; }

    public string? Publisher { get; set; }

    public string? Title { get; set; }

    public string? Url { get; set; }

    public string? AsOf { get; set; }

    public string? AsOfPrecision { get; set; }

    public uint Version { get; set; }

    public (DateOnly AsOf, DatePrecision Precision) Date()
    {
        SalaryFigureInput.TryDate(AsOf, out var date);
        SalaryFigureInput.TryName<DatePrecision>(AsOfPrecision, out var precision);
        return (date, precision);
    }

    /// <summary>The source's address. Only for a form the validator has accepted (a method, so model validation never calls it).</summary>
    public Uri? Address() => string.IsNullOrWhiteSpace(Url) ? null : new Uri(Url.Trim(), UriKind.Absolute);
}

public sealed class DataSourceFormValidator : AbstractValidator<DataSourceForm>
{
    public DataSourceFormValidator(TimeProvider clock)
    {
        RuleLevelCascadeMode = CascadeMode.Stop;
        RuleFor(f => f.Key).NotEmpty().WithMessage("Give the source a key, such as fm-2022.")
            .Must(k => Slug.IsValid(k) && k!.Length <= DataSource.KeyMaxLength)
            .WithMessage($"Use lower-case letters, digits and single hyphens, at most {DataSource.KeyMaxLength} characters.");
        RuleFor(f => f.Publisher).NotEmpty().WithMessage("Name the publisher.").MaximumLength(DataSource.TextMaxLength).WithMessage($"At most {DataSource.TextMaxLength} characters.");
        RuleFor(f => f.Title).NotEmpty().WithMessage("Give the title.").MaximumLength(DataSource.TextMaxLength).WithMessage($"At most {DataSource.TextMaxLength} characters.");
        RuleFor(f => f.Url).Must(u => WebAddress.IsValid(u) && u!.Trim().Length <= DataSource.UrlMaxLength)
            .WithMessage("Give an absolute http or https address, or leave it empty.").When(f => !string.IsNullOrWhiteSpace(f.Url));
        RuleFor(f => f.AsOf).NotEmpty().WithMessage("Give the date the source applies to (yyyy-MM-dd).")
            .Must(d => SalaryFigureInput.TryDate(d, out _)).WithMessage("Write the date as yyyy-MM-dd.")
            .Must(d => SalaryFigureInput.TryDate(d, out var date) && date <= DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime)).WithMessage("The date is in the future.");
        RuleFor(f => f.AsOfPrecision).Must(p => SalaryFigureInput.TryName<DatePrecision>(p, out _)).WithMessage("Choose Day or Month.");
    }
}

public sealed record DataSourceEditViewModel(int? Id, DataSourceForm Form, IReadOnlyList<AuditVersion> History, string? Conflict = null);

public sealed record MarketFigureRow(int Id, string CountryCode, CareerLevel Level, int OpenPositions, bool IsApproximate, string Source, DateOnly AsOf);

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

public sealed record MarketFigureEditViewModel(int? Id, MarketFigureForm Form, IReadOnlyList<Choice> Sources, IReadOnlyList<AuditVersion> History, string? Conflict = null);
