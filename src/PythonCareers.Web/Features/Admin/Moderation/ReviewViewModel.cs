using PythonCareers.Core.Jobs;

namespace PythonCareers.Web.Features.Admin.Moderation;

public sealed record ReviewViewModel(JobPosting Posting, JobPosting? Live, RejectForm Form, IReadOnlyList<ThreadMessage> Thread);
