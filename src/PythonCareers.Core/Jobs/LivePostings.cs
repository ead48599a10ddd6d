using System.Linq.Expressions;
using LinqKit;

namespace PythonCareers.Core.Jobs;

/// <summary>The queries that ask <see cref="JobPosting.LiveAt"/>, expanded into SQL by LinqKit.</summary>
public static class LivePostings
{
    private static readonly Expression<Func<JobPosting, bool>> LiveNow = ((Expression<Func<JobPosting, bool>>)(p => JobPosting.LiveAt.Invoke(p, DateTime.UtcNow))).Expand();

    /// <summary>
    /// Postings a job seeker may see and apply to now. <see cref="DateTime.UtcNow"/> becomes PostgreSQL's <c>now()</c>,
    /// so the database's clock decides.
    /// </summary>
    public static IQueryable<JobPosting> Live(this IQueryable<JobPosting> postings) => postings.Where(LiveNow);

    /// <summary>Published postings that are no longer live at <paramref name="at"/>: past their closing time, waiting to be closed.</summary>
    public static IQueryable<JobPosting> PastClosingTime(this IQueryable<JobPosting> postings, DateTime at)
    {
        Expression<Func<JobPosting, bool>> due = p => p.Status == PostingStatus.Published && p.RevisionOfId == null && !JobPosting.LiveAt.Invoke(p, at);
        return postings.Where(due.Expand());
    }
}
