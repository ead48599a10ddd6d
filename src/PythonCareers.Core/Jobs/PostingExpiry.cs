using Microsoft.EntityFrameworkCore;

namespace PythonCareers.Core.Jobs;

public static class PostingExpiry
{
    /// <summary>
    /// Closes every live posting past its closing date in one UPDATE: running it again, or from several site instances
    /// at once, closes each posting exactly once and changes nothing else.
    /// </summary>
    public static Task<int> ExpireDueAsync(AppDbContext db, DateTime now, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(db);
        return db.JobPostings
            .Where(p => p.Status == PostingStatus.Published && p.ExpiresAt <= now && p.RevisionOfId == null)
            .ExecuteUpdateAsync(
                set => set
                    .SetProperty(p => p.Status, PostingStatus.Expired)
                    .SetProperty(p => p.ClosedAt, now)
                    .SetProperty(p => p.UpdatedAt, now),
                cancellationToken);
    }
}
