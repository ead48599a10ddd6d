using System.ComponentModel.DataAnnotations;
using FluentValidation;
using PythonCareers.Core.Jobs;

namespace PythonCareers.Web.Features;

/// <summary>A message in the thread between editors and a recruiter about a posting.</summary>
public sealed class CommentForm
{
    [DataType(DataType.MultilineText)]
    public string? Body { get; set; }
}

public sealed class CommentFormValidator : AbstractValidator<CommentForm>
{
    public CommentFormValidator() =>
        RuleFor(f => f.Body).NotEmpty().WithMessage("Write a comment.")
            .MaximumLength(PostingComment.BodyMaxLength).WithMessage($"Keep a comment to {PostingComment.BodyMaxLength:N0} characters.");
}
