using System.ComponentModel.DataAnnotations;
using FluentValidation;
using Microsoft.EntityFrameworkCore;
using PythonCareers.Core.Common;

namespace PythonCareers.Core.CareerAreas;

/// <summary>What the career area editor sends. Bound from the request, never to the entity.</summary>
public sealed class CareerAreaForm
{
    /// <summary>The area being edited, 0 for a new one: bound from the route, whatever the form says.</summary>
    [EditedId]
    public int AreaId { get; set; }

    public uint Version { get; set; }

    public string? Slug { get; set; }

    public string? Name { get; set; }

    [DataType(DataType.MultilineText)]
    public string? PythonUse { get; set; }

    public int? SortOrder { get; set; }

    public int? DataSourceId { get; set; }

    public static CareerAreaForm From(CareerArea area)
    {
        ArgumentNullException.ThrowIfNull(area);
        return new CareerAreaForm
        {
            AreaId = area.Id,
            Version = area.Version,
            Slug = area.Slug,
            Name = area.Name,
            PythonUse = area.PythonUse,
            SortOrder = area.SortOrder,
            DataSourceId = area.DataSourceId,
        };
    }
}

public sealed class CareerAreaFormValidator : AbstractValidator<CareerAreaForm>
{
    public CareerAreaFormValidator(AppDbContext db)
    {
        RuleFor(f => f.Slug).Cascade(CascadeMode.Stop).NotEmpty().WithMessage("Give the area a slug, such as data-science: it is the area's address.")
            .Must(Slug.IsValid).WithMessage(ContentRules.SlugMessage)
            .MustAsync(async (form, slug, token) => !await db.CareerAreas.AnyAsync(a => a.Slug == slug && a.Id != form.AreaId, token))
            .WithMessage(f => $"“{f.Slug}” is already the address of another career area: choose another slug.");
        RuleFor(f => f.Name).NotEmpty().WithMessage("Give the area a name.")
            .MaximumLength(CareerArea.NameMaxLength).WithMessage($"Keep the name to {CareerArea.NameMaxLength} characters.");
        RuleFor(f => f.PythonUse).NotEmpty().WithMessage("Say what Python is used for in this area.")
            .MaximumLength(CareerArea.TextMaxLength).WithMessage($"Keep this to {CareerArea.TextMaxLength:N0} characters.");
        RuleFor(f => f.SortOrder).NotNull().WithMessage("Give the area's place in lists.")
            .InclusiveBetween(0, ContentRules.HighestSortOrder).WithMessage($"Use a number from 0 to {ContentRules.HighestSortOrder}.");
        RuleFor(f => f.DataSourceId).NotNull().WithMessage("Choose the source this is based on.")
            .MustAsync((id, token) => db.DataSources.AnyAsync(s => s.Id == id, token)).WithMessage("Choose a source from the list.")
            .When(f => f.DataSourceId is not null, ApplyConditionTo.CurrentValidator);
    }
}
