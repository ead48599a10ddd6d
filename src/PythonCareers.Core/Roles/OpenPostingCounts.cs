using System.Linq.Expressions;
using PythonCareers.Core.Jobs;

namespace PythonCareers.Core.Roles;

/// <summary>How many postings each role has open now, from the figure the database keeps (<see cref="RolePostingCount"/>).</summary>
public static class OpenPostingCounts
{
    /// <summary>
    /// Published postings that <see cref="JobPosting.LiveAt"/> leaves out by time alone: past their closing time, not closed
    /// yet. Written as a plain comparison so that the partial index on a role's published postings by closing time answers
    /// it with a range scan of those few; <see cref="DateTime.UtcNow"/> becomes <c>now()</c>, the clock the live query uses.
    /// </summary>
    private static readonly Expression<Func<JobPosting, bool>> PastClosingTimeNow =
        p => p.Status == PostingStatus.Published && p.RevisionOfId == null && p.ExpiresAt <= DateTime.UtcNow;

    /// <summary>Each role that ever had a published posting, with the number open now (a role with no row has none).</summary>
    public static IQueryable<RoleOpenPostings> OpenPostingsByRole(this AppDbContext db)
    {
        ArgumentNullException.ThrowIfNull(db);
        var pastClosingTime = db.JobPostings.Where(PastClosingTimeNow);
        return db.Set<RolePostingCount>().Select(c => new RoleOpenPostings
        {
            RoleProfileId = c.RoleProfileId,
            Open = c.Published - pastClosingTime.Count(p => p.RoleProfileId == c.RoleProfileId),
        });
    }
}
