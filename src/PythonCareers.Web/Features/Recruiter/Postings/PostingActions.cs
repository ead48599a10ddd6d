using PythonCareers.Core.Jobs;

namespace PythonCareers.Web.Features.Recruiter.Postings;

/// <summary>What the recruiter may do with a posting now, each answered by the posting's own rule.</summary>
public sealed record PostingActions(bool CanEdit, bool CanSubmit, bool CanRecall, bool CanRenew, bool CanMarkFilled, bool CanWithdraw)
{
    public static PostingActions For(JobPosting posting, DateTime now)
    {
        ArgumentNullException.ThrowIfNull(posting);
        return new PostingActions(
            posting.CanEdit(now),
            posting.CanEditFreely,
            posting.CanRecall,
            posting.CanRenew(now),
            posting.CanMarkFilled(now),
            posting.CanWithdraw(now));
    }
}
