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

    /// <summary>
    /// Up to <paramref name="count"/> live postings closing within <see cref="JobPosting.ReminderLead"/> whose recruiter has
    /// not been reminded of this closing time, with their recruiters, locked for the caller's transaction: postings
    /// another instance is reminding of meanwhile are skipped, so each reminder is queued once.
    /// </summary>
    public static Task<List<JobPosting>> ClaimRemindersAsync(AppDbContext db, DateTime now, int count, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(db);
        var soon = now + JobPosting.ReminderLead;
        return db.JobPostings
            .FromSql($"""
                SELECT *, xmin FROM job_postings
                WHERE status = 'Published' AND revision_of_id IS NULL AND expires_at > {now} AND expires_at <= {soon}
                  AND reminded_of_expiry IS DISTINCT FROM expires_at
                ORDER BY expires_at, id
                LIMIT {count}
                FOR UPDATE SKIP LOCKED
                """)
            .AsTracking()
            .Include(p => p.Recruiter)
            .ToListAsync(cancellationToken);
    }
}
