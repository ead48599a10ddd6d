using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using PythonCareers.Core.Common;

namespace PythonCareers.Core.Jobs;

/// <summary>Editors' decisions on postings and revisions in review.</summary>
public sealed class Moderation(AppDbContext db, TimeProvider clock, IOptions<JobsOptions> options)
{
    /// <summary>Reasons editors give most often; they may write their own.</summary>
    public static readonly IReadOnlyList<string> CannedReasons =
    [
        "This is not a Python role.",
        "The salary is missing or implausible.",
        "This duplicates another posting.",
        "The role is unpaid.",
        "The formatting is broken.",
    ];

    private DateTime Now => clock.GetUtcNow().UtcDateTime;

    public Task<JobPosting?> FindInReviewAsync(int id, CancellationToken cancellationToken = default) =>
        db.JobPostings.AsTracking().Include(p => p.Recruiter).SingleOrDefaultAsync(p => p.Id == id && p.Status == PostingStatus.InReview, cancellationToken);

    /// <summary>Approves a posting, or applies an approved revision to its live posting. Returns the posting that is live now.</summary>
    public async Task<JobPosting> ApproveAsync(JobPosting posting, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(posting);
        var live = posting;
        if (posting.RevisionOfId is { } liveId)
        {
            live = await db.JobPostings.AsTracking().SingleAsync(p => p.Id == liveId, cancellationToken);
            live.ApplyRevision(posting, Now);
            db.JobPostings.Remove(posting);
        }
        else
        {
            posting.Approve(Now, options.Value.PostingLifetime);
        }

        await SaveAsync(cancellationToken);
        return live;
    }

    public async Task RejectAsync(JobPosting posting, string reason, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(posting);
        posting.Reject(reason, Now);
        await SaveAsync(cancellationToken);
    }

    private async Task SaveAsync(CancellationToken cancellationToken)
    {
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateConcurrencyException exception)
        {
            throw new DomainRuleException("Another editor decided on this posting at the same moment. Reload the queue to see where it stands.", exception);
        }
    }
}
