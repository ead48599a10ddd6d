using FluentValidation;
using PythonCareers.Core.Audit;

namespace PythonCareers.Web.Features.Admin.Audit;

/// <summary>The audit log's search, from the query string.</summary>
public sealed class AuditQuery
{
    public const int PageSize = 50;

    public const int TextMaxLength = 200;

    public const int MaxPage = 10_000;

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
        RuleFor(q => q.Q).MaximumLength(AuditQuery.TextMaxLength).WithMessage($"Search for at most {AuditQuery.TextMaxLength} characters.");
        RuleFor(q => q.Entity).MaximumLength(AuditEntry.EntityTypeMaxLength).Matches("^[A-Za-z]*$").WithMessage("Choose a kind of record from the list.");
        RuleFor(q => q.Action).Must(action => string.IsNullOrEmpty(action) || Enum.TryParse<AuditAction>(action, ignoreCase: true, out _))
            .WithMessage("Choose an action from the list.");
        RuleFor(q => q.Page).InclusiveBetween(1, AuditQuery.MaxPage).WithMessage($"Pages run from 1 to {AuditQuery.MaxPage:N0}.");
    }
}
