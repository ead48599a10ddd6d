using System.Globalization;
using FluentValidation;
using Microsoft.EntityFrameworkCore;
using PythonCareers.Core.Common;

namespace PythonCareers.Core.Sources;

/// <summary>What the data source editor sends. Bound from the request, never to the entity.</summary>
public sealed class DataSourceForm
{
    /// <summary>The source being edited, 0 for a new one: bound from the route, whatever the form says.</summary>
    [EditedId]
    public int SourceId { get; set; }

    /// <summary>Given once, when the source is added: figures and the content file cite it by this key.</summary>
    public string? Key { get; set; }

    public string? Publisher { get; set; }

    public string? Title { get; set; }

    public string? Url { get; set; }

    public string? AsOf { get; set; }

    public string? AsOfPrecision { get; set; }

    public uint Version { get; set; }

    public static DataSourceForm From(DataSource source)
    {
        ArgumentNullException.ThrowIfNull(source);
        return new()
        {
            SourceId = source.Id,
            Key = source.Key,
            Publisher = source.Publisher,
            Title = source.Title,
            Url = source.Url,
            AsOf = source.AsOf.ToString(TypedText.DateFormat, CultureInfo.InvariantCulture),
            AsOfPrecision = source.AsOfPrecision.ToString(),
            Version = source.Version,
        };
    }

    public (DateOnly AsOf, DatePrecision Precision) Date()
    {
        TypedText.TryDate(AsOf, out var date);
        TypedText.TryName<DatePrecision>(AsOfPrecision, out var precision);
        return (date, precision);
    }

    /// <summary>The source's address. Only for a form the validator has accepted (a method, so model validation never calls it).</summary>
    public Uri? Address() => string.IsNullOrWhiteSpace(Url) ? null : new Uri(Url.Trim(), UriKind.Absolute);
}

public sealed class DataSourceFormValidator : AbstractValidator<DataSourceForm>
{
    public DataSourceFormValidator(AppDbContext db, TimeProvider clock)
    {
        RuleLevelCascadeMode = CascadeMode.Stop;
        RuleFor(f => f.Key).NotEmpty().WithMessage("Give the source a key, such as fm-2022.")
            .Must(k => Slug.IsValid(k) && k!.Length <= DataSource.KeyMaxLength)
            .WithMessage($"Use lower-case letters, digits and single hyphens, at most {DataSource.KeyMaxLength} characters.")
            .MustAsync(async (key, ct) => !await db.DataSources.AnyAsync(s => s.Key == key, ct)).WithMessage(f => $"There is already a source '{f.Key}'.")
            .When(f => f.SourceId == 0);
        RuleFor(f => f.Publisher).NotEmpty().WithMessage("Name the publisher.").MaximumLength(DataSource.TextMaxLength).WithMessage($"At most {DataSource.TextMaxLength} characters.");
        RuleFor(f => f.Title).NotEmpty().WithMessage("Give the title.").MaximumLength(DataSource.TextMaxLength).WithMessage($"At most {DataSource.TextMaxLength} characters.");
        RuleFor(f => f.Url).Must(u => WebAddress.IsValid(u) && u!.Trim().Length <= DataSource.UrlMaxLength)
            .WithMessage("Give an absolute http or https address, or leave it empty.").When(f => !string.IsNullOrWhiteSpace(f.Url));
        RuleFor(f => f.AsOf).NotEmpty().WithMessage("Give the date the source applies to (yyyy-MM-dd).")
            .Must(d => TypedText.TryDate(d, out _)).WithMessage("Write the date as yyyy-MM-dd.")
            .Must(d => TypedText.TryDate(d, out var date) && date <= DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime)).WithMessage("The date is in the future.");
        RuleFor(f => f.AsOfPrecision).Must(p => TypedText.TryName<DatePrecision>(p, out _)).WithMessage("Choose Day or Month.");
    }
}
