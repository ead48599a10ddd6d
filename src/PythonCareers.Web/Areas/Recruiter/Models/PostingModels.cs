using PythonCareers.Core.Jobs;

namespace PythonCareers.Web.Areas.Recruiter.Models;

public sealed record Choice(int Id, string Name);

public sealed record PostingRow(int Id, string Title, string Slug, PostingStatus Status, DateTime? ExpiresAt, PostingStatus? RevisionStatus);

public sealed record PostingEditorViewModel(int? Id, PostingForm Form, IReadOnlyList<Choice> Roles, IReadOnlyList<Choice> Skills, bool IsLive);

public sealed record RecruiterPostingViewModel(JobPosting Posting, JobPosting? Revision, string RoleSlug, DateTime Now, IReadOnlyList<ThreadMessage> Thread);
