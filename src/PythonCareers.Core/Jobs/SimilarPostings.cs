using Microsoft.EntityFrameworkCore;

namespace PythonCareers.Core.Jobs;

/// <summary>
/// The live postings most like one posting: the same role, then the same country first, then the nearest level, then the
/// newest. One statement: the postings whose ids are, for each level, the newest few in the country and the newest few
/// elsewhere (each a short walk of ix_job_postings_live_similar in publishing order, UNION ALL), at most twice the levels
/// times the count asked for, put in order here.
/// </summary>
public static class SimilarPostings
{
    public static async Task<List<PostingSummary>> SimilarAsync(
        this AppDbContext db, int postingId, int roleProfileId, JobLevel level, string countryCode, int count, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        var candidates = db.JobPostings.Live().Where(p => p.RoleProfileId == roleProfileId && p.Id != postingId);
        IQueryable<int>? nearest = null;
        foreach (var each in Enum.GetValues<JobLevel>())
        {
            var atLevel = candidates.Where(p => p.Level == each);
            foreach (var branch in new[] { atLevel.Where(p => p.CountryCode == countryCode), atLevel.Where(p => p.CountryCode != countryCode) })
            {
                var newest = branch.OrderByDescending(p => p.PublishedAt).ThenByDescending(p => p.Id).Take(count).Select(p => p.Id);
                nearest = nearest is null ? newest : nearest.Concat(newest);
            }
        }

        var found = await db.JobPostings.Where(p => nearest!.Contains(p.Id)).Select(PostingSummary.FromPosting).ToListAsync(cancellationToken);
        return [.. found
            .OrderBy(p => p.CountryCode == countryCode ? 0 : 1)
            .ThenBy(p => Math.Abs(p.Level - level))
            .ThenByDescending(p => p.PublishedAt)
            .ThenByDescending(p => p.Id)
            .Take(count)];
    }
}
