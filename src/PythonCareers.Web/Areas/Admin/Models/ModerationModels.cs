using System.ComponentModel.DataAnnotations;
using FluentValidation;
using PythonCareers.Core.Jobs;

namespace PythonCareers.Web.Areas.Admin.Models;

public sealed record QueueRow(int Id, string Title, string CompanyName, string RoleTitle, DateTime? SubmittedAt, bool IsRevision);

public sealed record ReviewViewModel(JobPosting Posting, JobPosting? Live, RejectForm Form, IReadOnlyList<ThreadMessage> Thread);

public sealed record RoleChoice(string Slug, string Title);

public sealed record QueueViewModel(QueueFilter Filter, IReadOnlyList<QueueRow> Rows, IReadOnlyList<RoleChoice> Roles);

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
        RuleFor(f => f.Company).MaximumLength(PythonCareers.Core.Accounts.Company.NameMaxLength).WithMessage("Search for at most 120 characters.");
    }
}

public sealed class RejectForm
{
    public string? CannedReason { get; set; }

    [DataType(DataType.MultilineText)]
    public string? Comment { get; set; }

    public string Reason => string.Join(" ", new[] { CannedReason, Comment?.Trim() }.Where(part => !string.IsNullOrWhiteSpace(part)));
}

public sealed class RejectFormValidator : AbstractValidator<RejectForm>
{
    public RejectFormValidator()
    {
        RuleFor(f => f.CannedReason).Must(reason => reason is null || Moderation.CannedReasons.Contains(reason))
            .WithMessage("Choose a reason from the list, or write your own.");
        RuleFor(f => f.Comment).MaximumLength(JobPosting.ReasonMaxLength - 100)
            .WithMessage($"Keep the comment to {JobPosting.ReasonMaxLength - 100} characters.");
        RuleFor(f => f.Reason).NotEmpty().WithMessage("Tell the recruiter why: choose a reason or write one.")
            .OverridePropertyName(nameof(RejectForm.Comment));
    }
}
