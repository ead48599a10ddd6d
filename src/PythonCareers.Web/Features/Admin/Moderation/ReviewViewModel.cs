using PythonCareers.Core.Jobs;

namespace PythonCareers.Web.Features.Admin.Moderation;

public sealed record ReviewViewModel(PostingOverview Posting, RevisedPosting? Live, RejectForm Form, IReadOnlyList<ThreadMessage> Thread);
