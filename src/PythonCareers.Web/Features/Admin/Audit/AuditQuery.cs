using FluentValidation;
using PythonCareers.Core.Audit;

namespace PythonCareers.Web.Features.Admin.Audit;

/// <summary>The audit log's search, from the query string.</summary>
public sealed class AuditQuery
{
    public const int PageSize = 50;

    public string? Q { get; set; }

    public string? Entity { get; set; }

    public string? Action { get; set; }

    public int Page { get; set; } = 1;

    public AuditAction? ActionValue => Enum.TryParse<AuditAction>(Action, ignoreCase: true, out var action) ? action : null;
}

public sealed class AuditQueryValidator : AbstractValidator<AuditQuery>
{
    public AuditQueryValidator()
    {
        RuleFor(q => q.Q).MaximumLength(200).WithMessage("Search for at most 200 characters.");
        RuleFor(q => q.Entity).MaximumLength(64).Matches("^[A-Za-z]*$").WithMessage("Choose a kind of record from the list.");
        RuleFor(q => q.Action).Must(action => string.IsNullOrEmpty(action) || Enum.TryParse<AuditAction>(action, ignoreCase: true, out _))
            .WithMessage("Choose an action from the list.");
        RuleFor(q => q.Page).InclusiveBetween(1, 10_000).WithMessage("Pages run from 1 to 10,000.");
    }
}
