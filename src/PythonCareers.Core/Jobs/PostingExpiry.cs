using Microsoft.EntityFrameworkCore;

namespace PythonCareers.Core.Jobs;

public static class PostingExpiry
{
    /// <summary>
    /// Closes every live posting past its closing date in one UPDATE: running it again, or from several site instances
    /// at once, closes each posting exactly once and changes nothing else.
    /// </summary>
    public static async Task<int> ExpireDueAsync(AppDbContext db, DateTime now, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(db);
        var expired = await db.JobPostings
            .PastClosingTime(now)
            .ExecuteUpdateAsync(
                set => set
                    .SetProperty(p => p.Status, PostingStatus.Expired)
                    .SetProperty(p => p.ClosedAt, now)
                    .SetProperty(p => p.UpdatedAt, now),
                cancellationToken);

        // Revisions of postings that are no longer live can never be approved: they leave the review queue.
        await db.JobPostings
            .Where(r => r.RevisionOfId != null && db.JobPostings.Any(p => p.Id == r.RevisionOfId && p.Status != PostingStatus.Published))
            .ExecuteDeleteAsync(cancellationToken);
        return expired;
    }
}
