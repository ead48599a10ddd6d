using Microsoft.EntityFrameworkCore;
using PythonCareers.Core.Accounts;
using PythonCareers.Core.Jobs;
using PythonCareers.Web.Tests.Infrastructure;

namespace PythonCareers.Web.Tests.Jobs;

/// <summary>Postings for one test, written through the domain's own workflow (via <see cref="TestPostings"/>), by one recruiter.</summary>
internal sealed class JobBoard(CareersSite site)
{
    private CareerUser? recruiter;

    /// <summary>
    /// A posting titled <paramref name="title"/> with the test description (which mentions nothing searchable unless
    /// <paramref name="change"/> says so), published <paramref name="minutesAgo"/> minutes ago.
    /// </summary>
    public async Task<JobPosting> PostAsync(
        string title,
        Func<PostingDetails, PostingDetails>? change = null,
        string role = "python-web-developer",
        int minutesAgo = 60,
        PostingStatus status = PostingStatus.Published)
    {
        await using var db = site.CreateContext();
        recruiter ??= await TestPostings.RecruiterAsync(db);
        var details = TestPostings.Details(title) with { Description = "A role in a friendly team." };
        details = change?.Invoke(details) ?? details;
        return await TestPostings.PostingAsync(db, recruiter, status, details, role, DateTime.UtcNow.AddMinutes(-minutesAgo));
    }

    public async Task<List<int>> SkillIdsAsync(params string[] slugs)
    {
        await using var db = site.CreateContext();
        return await db.Skills.Where(s => slugs.Contains(s.Slug)).Select(s => s.Id).ToListAsync();
    }

    /// <summary>Changes a stored posting through the domain (mark filled, withdraw, make a revision...).</summary>
    public async Task ChangeAsync(int postingId, Action<JobPosting, PythonCareers.Core.AppDbContext> change)
    {
        await using var db = site.CreateContext();
        var posting = await db.JobPostings.AsTracking().Include(p => p.Company).SingleAsync(p => p.Id == postingId);
        change(posting, db);
        await db.SaveChangesAsync();
    }

    public async Task SqlAsync(FormattableString sql)
    {
        await using var db = site.CreateContext();
        await db.Database.ExecuteSqlAsync(sql);
    }

    /// <summary>
    /// <paramref name="copies"/> copies of a posting, each published one second before the previous: a quick way to
    /// the hundreds of postings that paging and the count cap need.
    /// </summary>
    public Task CopyAsync(int postingId, int copies) => SqlAsync($"""
        INSERT INTO job_postings (recruiter_id, company_id, company_name, status, title, slug, role_profile_id, role_title, employment_type,
            level, city, country_code, workplace, remote_countries, salary_min, salary_max, currency, salary_period, description, skill_ids,
            skill_names, apply_url, apply_email, visa_sponsorship, relocation, created_at, updated_at, submitted_at, published_at, expires_at)
        SELECT recruiter_id, company_id, company_name, status, title || ' ' || n, slug || '-' || n, role_profile_id, role_title, employment_type,
            level, city, country_code, workplace, remote_countries, salary_min, salary_max, currency, salary_period, description, skill_ids,
            skill_names, apply_url, apply_email, visa_sponsorship, relocation, created_at, updated_at, submitted_at,
            published_at - make_interval(secs => n), expires_at
        FROM job_postings, generate_series(1, {copies}) AS n
        WHERE id = {postingId}
        """);
}
