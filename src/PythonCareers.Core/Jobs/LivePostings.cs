namespace PythonCareers.Core.Jobs;

public static class LivePostings
{
    /// <summary>
    /// Postings a job seeker may see and apply to: published, not past their closing time, and not a revision waiting for
    /// review. <see cref="DateTime.UtcNow"/> becomes PostgreSQL's <c>now()</c>, so the database's clock decides.
    /// </summary>
    public static IQueryable<JobPosting> Live(this IQueryable<JobPosting> postings) =>
        postings.Where(p => p.Status == PostingStatus.Published && p.ExpiresAt > DateTime.UtcNow && p.RevisionOfId == null);
}
