using PythonCareers.Core.Jobs;

namespace PythonCareers.Web.Features.Recruiter.Postings;

public sealed record RecruiterPostingViewModel(
    PostingOverview Posting,
    bool IsLive,
    PostingActions Actions,
    PostingRevision? Revision,
    string RoleSlug,
    IReadOnlyList<ThreadMessage> Thread);
