using PythonCareers.Core.Jobs;

namespace PythonCareers.Web.Features.Recruiter.Postings;

/// <summary>Where the recruiter's changes to a live posting stand: in review, or rejected with the editor's reason.</summary>
public sealed record PostingRevision(PostingStatus Status, string? RejectionReason);
