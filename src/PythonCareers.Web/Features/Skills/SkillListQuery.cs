using FluentValidation;
using PythonCareers.Core.Jobs.Search;

namespace PythonCareers.Web.Features.Skills;

/// <summary>
/// The query string of /skills: the order, as text, so that <see cref="SkillListQueryValidator"/> alone decides what is
/// acceptable and says why.
/// </summary>
public sealed class SkillListQuery
{
    public string? Order { get; set; }

    /// <summary>The order asked for; only for a query the validator has accepted.</summary>
    public SkillOrder ToOrder() => SearchToken.TryParse<SkillOrder>(Order, out var order) ? order : SkillOrder.Category;
}

/// <summary>Allow-lists the order of /skills; anything else answers 400 with this message.</summary>
public sealed class SkillListQueryValidator : AbstractValidator<SkillListQuery>
{
    public SkillListQueryValidator() =>
        RuleFor(q => q.Order)
            .Must(token => SearchToken.TryParse<SkillOrder>(token, out _)).WithMessage($"Order the skills by {SearchToken.Choices<SkillOrder>()}.")
            .When(q => q.Order is not null);
}
