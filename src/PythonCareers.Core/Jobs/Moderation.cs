using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using PythonCareers.Core.Audit;
using PythonCareers.Core.Common;

namespace PythonCareers.Core.Jobs;

/// <summary>Editors' decisions on postings and revisions in review.</summary>
public sealed class Moderation(AppDbContext db, AuditTrail audit, TimeProvider clock, IOptions<JobsOptions> options, BoardMetrics metrics)
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

    /// <summary>
    /// Approves a posting, or applies an approved revision to its live posting (which keeps its id: the revision's
    /// <see cref="JobPosting.RevisionOfId"/>). Refused when the posting's rules or another editor's decision stand in the way.
    /// </summary>
    public async Task<EditResult> ApproveAsync(JobPosting posting, AuditActor editor, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(posting);
        var before = new { posting.Status, posting.Title };
        var live = posting;
        try
        {
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
        }
        catch (DomainRuleException refused)
        {
            return EditResult.Refused(refused.Message);
        }

        audit.Record(editor, AuditAction.Approved, nameof(JobPosting), live.Id, $"Approved {(posting.IsRevision ? "changes to " : "")}\"{live.Title}\"", before, new { live.Status, live.Title, live.ExpiresAt });
        return await SaveAsync(metrics.PostingApproved, cancellationToken);
    }

    public async Task<EditResult> RejectAsync(JobPosting posting, string reason, AuditActor editor, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(posting);
        try
        {
            posting.Reject(reason, Now);
        }
        catch (DomainRuleException refused)
        {
            return EditResult.Refused(refused.Message);
        }

        audit.Record(editor, AuditAction.Rejected, nameof(JobPosting), posting.Id, $"Rejected \"{posting.Title}\": {reason}", after: new { posting.Status, posting.RejectionReason });
        return await SaveAsync(metrics.PostingRejected, cancellationToken);
    }

    /// <summary>Adds to the thread between editors and the recruiter; a revision's thread is its live posting's.</summary>
    public async Task<PostingComment> CommentAsync(JobPosting posting, AuditActor author, bool byEditor, string body, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(posting);
        ArgumentNullException.ThrowIfNull(author);
        var comment = new PostingComment(posting.RevisionOfId ?? posting.Id, author.UserId ?? "", author.UserName, byEditor, body, Now);
        db.PostingComments.Add(comment);
        if (byEditor)
        {
            audit.Record(author, AuditAction.Commented, nameof(JobPosting), comment.JobPostingId, $"Commented on \"{posting.Title}\"", after: new { comment.Body });
        }

        await db.SaveChangesAsync(cancellationToken);
        return comment;
    }

    /// <summary>
    /// The thread as <paramref name="reader"/> sees it. Staff see who wrote what; a recruiter sees editors as
    /// <see cref="EditorName"/>, never their sign-in address (which would let anyone try, and lock, staff accounts).
    /// </summary>
    public Task<List<ThreadMessage>> ThreadAsync(int postingId, ThreadReader reader, CancellationToken cancellationToken = default) =>
        db.PostingComments.Where(c => c.JobPostingId == postingId).OrderBy(c => c.At).ThenBy(c => c.Id)
            .Select(c => new ThreadMessage(
                !c.ByEditor ? c.AuthorName : reader == ThreadReader.Staff ? c.AuthorName + " (editor)" : EditorName,
                c.Body,
                c.At))
            .ToListAsync(cancellationToken);

    public const string EditorName = "PythonCareers editor";

    /// <summary>Saves the decision and counts it with <paramref name="saved"/>, only once it is stored.</summary>
    private async Task<EditResult> SaveAsync(Action saved, CancellationToken cancellationToken)
    {
        try
        {
            await db.SaveChangesAsync(cancellationToken);
            saved();
            return EditResult.Saved;
        }
        catch (DbUpdateConcurrencyException)
        {
            db.ChangeTracker.Clear();
            return EditResult.Refused("Another editor decided on this posting at the same moment. Reload the queue to see where it stands.");
        }
    }
}
