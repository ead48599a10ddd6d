using System.ComponentModel.DataAnnotations;
using FluentValidation;
using PythonCareers.Core.Jobs;

namespace PythonCareers.Web.Features.Admin.Moderation;

public sealed class RejectForm
{
    /// <summary>The stored reason's limit, less room for a canned reason (each under 100 characters) in front of the comment.</summary>
    public const int CommentMaxLength = JobPosting.ReasonMaxLength - 100;

    public string? CannedReason { get; set; }

    [DataType(DataType.MultilineText)]
    public string? Comment { get; set; }

    public string Reason => string.Join(" ", new[] { CannedReason, Comment?.Trim() }.Where(part => !string.IsNullOrWhiteSpace(part)));
}

public sealed class RejectFormValidator : AbstractValidator<RejectForm>
{
    public RejectFormValidator()
    {
        RuleFor(f => f.CannedReason).Must(reason => reason is null || PythonCareers.Core.Jobs.Moderation.CannedReasons.Contains(reason))
            .WithMessage("Choose a reason from the list, or write your own.");
        RuleFor(f => f.Comment).MaximumLength(RejectForm.CommentMaxLength)
            .WithMessage($"Keep the comment to {RejectForm.CommentMaxLength} characters.");
        RuleFor(f => f.Reason).NotEmpty().WithMessage("Tell the recruiter why: choose a reason or write one.")
            .OverridePropertyName(nameof(RejectForm.Comment));
    }
}
