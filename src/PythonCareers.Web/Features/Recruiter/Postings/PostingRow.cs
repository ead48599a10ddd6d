using PythonCareers.Core.Jobs;

namespace PythonCareers.Web.Features.Recruiter.Postings;

public sealed record PostingRow(int Id, string Title, string Slug, PostingStatus Status, DateTime? ExpiresAt, PostingStatus? RevisionStatus);
