using PythonCareers.Core.Jobs;

namespace PythonCareers.Web.Features.Recruiter.Postings;

public sealed record RecruiterPostingViewModel(JobPosting Posting, JobPosting? Revision, string RoleSlug, DateTime Now, IReadOnlyList<ThreadMessage> Thread);
