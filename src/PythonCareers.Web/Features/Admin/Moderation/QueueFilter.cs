using FluentValidation;
using PythonCareers.Core.Accounts;

namespace PythonCareers.Web.Features.Admin.Moderation;

/// <summary>The queue's filters, from the query string: kind (new or revision), role slug, company name.</summary>
public sealed class QueueFilter
{
    public const string NewPostings = "new";
    public const string Revisions = "revision";

    public string? Kind { get; set; }

    public string? Role { get; set; }

    public string? Company { get; set; }
}

public sealed class QueueFilterValidator : AbstractValidator<QueueFilter>
{
    public QueueFilterValidator()
    {
        RuleFor(f => f.Kind).Must(kind => kind is null or "" or QueueFilter.NewPostings or QueueFilter.Revisions).WithMessage("Choose new postings or changes.");
        RuleFor(f => f.Role).Must(role => string.IsNullOrEmpty(role) || PythonCareers.Core.Common.Slug.IsValid(role)).WithMessage("Choose a role from the list.");
        RuleFor(f => f.Company).MaximumLength(Company.NameMaxLength).WithMessage($"Search for at most {Company.NameMaxLength} characters.");
    }
}
