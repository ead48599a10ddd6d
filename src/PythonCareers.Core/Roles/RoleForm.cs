using System.ComponentModel.DataAnnotations;
using FluentValidation;
using Microsoft.EntityFrameworkCore;
using PythonCareers.Core.Common;

namespace PythonCareers.Core.Roles;

/// <summary>What the role editor sends. Bound from the request, never to the entity (no mass assignment).</summary>
public sealed class RoleForm
{
    /// <summary>The role being edited, 0 for a new one: bound from the route, whatever the form says.</summary>
    [EditedId]
    public int RoleId { get; set; }

    /// <summary>The row version the editor loaded; a save against a newer one is a conflict.</summary>
    public uint Version { get; set; }

    public string? Slug { get; set; }

    public string? Title { get; set; }

    [DataType(DataType.MultilineText)]
    public string? Summary { get; set; }

    [DataType(DataType.MultilineText)]
    public string? Description { get; set; }

    [DataType(DataType.MultilineText)]
    public string? BackgroundAndEducation { get; set; }

    /// <summary>One daily responsibility per line, in the order the public page lists them.</summary>
    [DataType(DataType.MultilineText)]
    public string? Responsibilities { get; set; }

    public int? DataSourceId { get; set; }

    public int? SortOrder { get; set; }

    public List<int> SkillIds { get; set; } = [];

    public List<int> AreaIds { get; set; } = [];

    public List<int> RelatedRoleIds { get; set; } = [];

    public IReadOnlyList<string> ResponsibilityLines =>
        (Responsibilities ?? "").Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);

    /// <summary>The form filled with the role as it is stored (needs its collections loaded).</summary>
    public static RoleForm From(RoleProfile role)
    {
        ArgumentNullException.ThrowIfNull(role);
        return new RoleForm
        {
            RoleId = role.Id,
            Version = role.Version,
            Slug = role.Slug,
            Title = role.Title,
            Summary = role.Summary,
            Description = role.Description,
            BackgroundAndEducation = role.BackgroundAndEducation,
            Responsibilities = string.Join('\n', role.Responsibilities.OrderBy(r => r.Position).Select(r => r.Text)),
            DataSourceId = role.DataSourceId,
            SortOrder = role.SortOrder,
            SkillIds = [.. role.Skills.Select(s => s.Id)],
            AreaIds = [.. role.Areas.Select(a => a.Id)],
            RelatedRoleIds = [.. role.RelatedRoles.Select(r => r.Id)],
        };
    }
}

public sealed class RoleFormValidator : AbstractValidator<RoleForm>
{
    public RoleFormValidator(AppDbContext db)
    {
        RuleFor(f => f.Slug).Cascade(CascadeMode.Stop).NotEmpty().WithMessage("Give the role a slug, such as data-scientist: it is the role's address.")
            .Must(Common.Slug.IsValid).WithMessage(ContentRules.SlugMessage)
            .CustomAsync(async (slug, context, token) =>
            {
                if (await RoleSlugs.HolderAsync(db, slug!, context.InstanceToValidate.RoleId, token) is { } taken)
                {
                    context.AddFailure(nameof(RoleForm.Slug), taken);
                }
            });
        RuleFor(f => f.Title).NotEmpty().WithMessage("Give the role a title.")
            .MaximumLength(RoleProfile.TitleMaxLength).WithMessage($"Keep the title to {RoleProfile.TitleMaxLength} characters.");
        RuleFor(f => f.Summary).NotEmpty().WithMessage("Sum the role up in a sentence or two.")
            .MaximumLength(RoleProfile.SummaryMaxLength).WithMessage($"Keep the summary to {RoleProfile.SummaryMaxLength} characters.");
        RuleFor(f => f.Description).NotEmpty().WithMessage("Describe what the role does.")
            .MaximumLength(RoleProfile.TextMaxLength).WithMessage($"Keep the description to {RoleProfile.TextMaxLength:N0} characters.");
        RuleFor(f => f.BackgroundAndEducation).NotEmpty().WithMessage("Say what background and education lead to the role.")
            .MaximumLength(RoleProfile.TextMaxLength).WithMessage($"Keep background and education to {RoleProfile.TextMaxLength:N0} characters.");
        RuleFor(f => f.ResponsibilityLines)
            .Must(lines => lines.Count is > 0 and <= RoleProfile.MaxResponsibilities)
            .WithMessage($"List between 1 and {RoleProfile.MaxResponsibilities} daily responsibilities, one per line.")
            .Must(lines => lines.All(line => line.Length <= RoleResponsibility.TextMaxLength))
            .WithMessage($"Keep each responsibility to {RoleResponsibility.TextMaxLength} characters.")
            .OverridePropertyName(nameof(RoleForm.Responsibilities));
        RuleFor(f => f.DataSourceId).NotNull().WithMessage("Choose the source the profile is based on.")
            .MustAsync((id, token) => db.DataSources.AnyAsync(s => s.Id == id, token)).WithMessage("Choose a source from the list.")
            .When(f => f.DataSourceId is not null, ApplyConditionTo.CurrentValidator);
        RuleFor(f => f.SortOrder).NotNull().WithMessage("Give the role's place in lists.")
            .InclusiveBetween(0, ContentRules.HighestSortOrder).WithMessage($"Use a number from 0 to {ContentRules.HighestSortOrder}.");
        RuleFor(f => f.SkillIds).MustAsync((ids, token) => ContentRules.AllExistAsync(db.Skills.Select(s => s.Id), ids, token))
            .WithMessage("Choose skills from the list.");
        RuleFor(f => f.AreaIds).MustAsync((ids, token) => ContentRules.AllExistAsync(db.CareerAreas.Select(a => a.Id), ids, token))
            .WithMessage("Choose career areas from the list.");
        RuleFor(f => f.RelatedRoleIds)
            .Must((form, ids) => !ids.Contains(form.RoleId)).WithMessage("A role cannot be related to itself.")
            .MustAsync((ids, token) => ContentRules.AllExistAsync(db.RoleProfiles.Select(r => r.Id), ids, token))
            .WithMessage("Choose related roles from the list.");
    }
}
