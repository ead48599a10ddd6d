using System.ComponentModel.DataAnnotations;
using FluentValidation;
using Microsoft.EntityFrameworkCore;
using PythonCareers.Core.Common;

namespace PythonCareers.Core.Skills;

/// <summary>What the skill editor sends. Bound from the request, never to the entity.</summary>
public sealed class SkillForm
{
    /// <summary>The skill being edited, 0 for a new one: bound from the route, whatever the form says.</summary>
    [EditedId]
    public int SkillId { get; set; }

    public uint Version { get; set; }

    public string? Slug { get; set; }

    public string? Name { get; set; }

    public SkillCategory? Category { get; set; }

    [DataType(DataType.MultilineText)]
    public string? Description { get; set; }

    public static SkillForm From(Skill skill)
    {
        ArgumentNullException.ThrowIfNull(skill);
        return new SkillForm { SkillId = skill.Id, Version = skill.Version, Slug = skill.Slug, Name = skill.Name, Category = skill.Category, Description = skill.Description };
    }
}

public sealed class SkillFormValidator : AbstractValidator<SkillForm>
{
    public SkillFormValidator(AppDbContext db)
    {
        RuleFor(f => f.Slug).Cascade(CascadeMode.Stop).NotEmpty().WithMessage("Give the skill a slug, such as django: it is the skill's address.")
            .Must(Slug.IsValid).WithMessage(ContentRules.SlugMessage)
            .MustAsync(async (form, slug, token) => !await db.Skills.AnyAsync(s => s.Slug == slug && s.Id != form.SkillId, token))
            .WithMessage(f => $"“{f.Slug}” is already the address of another skill: choose another slug.");
        RuleFor(f => f.Name).NotEmpty().WithMessage("Give the skill a name.")
            .MaximumLength(Skill.NameMaxLength).WithMessage($"Keep the name to {Skill.NameMaxLength} characters.");
        RuleFor(f => f.Category).NotNull().WithMessage("Choose the skill's group.").IsInEnum().WithMessage("Choose a group from the list.");
        RuleFor(f => f.Description).NotEmpty().WithMessage("Describe the skill in a sentence or two.")
            .MaximumLength(Skill.DescriptionMaxLength).WithMessage($"Keep the description to {Skill.DescriptionMaxLength:N0} characters.");
    }
}
