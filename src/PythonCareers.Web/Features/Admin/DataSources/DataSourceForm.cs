using FluentValidation;
using PythonCareers.Core.Common;
using PythonCareers.Core.Salaries.Editing;
using PythonCareers.Core.Sources;

namespace PythonCareers.Web.Features.Admin.DataSources;

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
