using Microsoft.EntityFrameworkCore;
using PythonCareers.Core.Accounts;
using PythonCareers.Core.Content;
using PythonCareers.Core.Jobs;
using PythonCareers.Core.Roles;
using PythonCareers.Core.Salaries;
using PythonCareers.Core.Tests.Database;

namespace PythonCareers.Core.Tests.Roles;

/// <summary>
/// The open postings the role page prints come from a figure the database keeps (triggers on job_postings) less those past
/// their closing time: after each way a posting opens, moves or closes, the figure equals counting the live postings.
/// </summary>
[Collection(DatabaseTestGroup.Name)]
public sealed class RolePostingCountTests(DatabaseFixture database)
{
    private static readonly TimeSpan Lifetime = TimeSpan.FromDays(30);

    [Fact]
    public async Task The_open_count_stays_the_live_count_as_postings_are_published_moved_closed_expired_and_deleted()
    {
        await using var db = database.CreateContext();
        await new ContentSeeder(db, TimeProvider.System).SeedAsync();
        await using var transaction = await db.Database.BeginTransactionAsync();
        var roles = await db.RoleProfiles.OrderBy(r => r.Id).Take(2).ToListAsync();
        var (role, other) = (roles[0], roles[1]);
        var (recruiter, company) = await RecruiterAsync(db);
        var before = await LiveCountAsync(db, role.Id);
        var otherBefore = await LiveCountAsync(db, other.Id);

        var first = await PublishAsync(db, recruiter, company, role);
        var second = await PublishAsync(db, recruiter, company, role);
        var draft = new JobPosting(recruiter, company, Details(role), role.Title, [], DateTime.UtcNow);
        db.JobPostings.Add(draft);
        await db.SaveChangesAsync();
        await AssertOpenAsync(db, role.Id, before + 2);

        // An approved revision that names another role moves the live posting there, as Moderation applies it.
        var revision = second.CreateRevision(Details(other), other.Title, [], DateTime.UtcNow);
        db.JobPostings.Add(revision);
        await db.SaveChangesAsync();
        await AssertOpenAsync(db, role.Id, before + 2);
        second.ApplyRevision(revision, DateTime.UtcNow);
        db.JobPostings.Remove(revision);
        await db.SaveChangesAsync();
        await AssertOpenAsync(db, role.Id, before + 1);
        await AssertOpenAsync(db, other.Id, otherBefore + 1);

        first.MarkFilled(DateTime.UtcNow);
        await db.SaveChangesAsync();
        await AssertOpenAsync(db, role.Id, before);

        // Past its closing time a posting is no longer open at once, before the expiry service closes it, and after.
        var expiring = await PublishAsync(db, recruiter, company, role);
        await AssertOpenAsync(db, role.Id, before + 1);
        await db.Database.ExecuteSqlAsync($"UPDATE job_postings SET expires_at = now() - interval '1 second' WHERE id = {expiring.Id}");
        await AssertOpenAsync(db, role.Id, before);
        await PostingExpiry.ExpireDueAsync(db, DateTime.UtcNow);
        Assert.Equal(PostingStatus.Expired, await db.JobPostings.Where(p => p.Id == expiring.Id).Select(p => p.Status).SingleAsync());
        await AssertOpenAsync(db, role.Id, before);

        db.JobPostings.Remove(second);
        await db.SaveChangesAsync();
        await AssertOpenAsync(db, other.Id, otherBefore);
    }

    private static async Task AssertOpenAsync(AppDbContext db, int roleId, int expected)
    {
        var open = await db.OpenPostingsByRole().Where(o => o.RoleProfileId == roleId).Select(o => o.Open).SingleOrDefaultAsync();
        Assert.Equal(expected, await LiveCountAsync(db, roleId));
        Assert.Equal(expected, open);
    }

    private static Task<int> LiveCountAsync(AppDbContext db, int roleId) => db.JobPostings.Live().CountAsync(p => p.RoleProfileId == roleId);

    private static async Task<JobPosting> PublishAsync(AppDbContext db, string recruiter, Company company, RoleProfile role)
    {
        var posting = new JobPosting(recruiter, company, Details(role), role.Title, [], DateTime.UtcNow);
        posting.Submit(DateTime.UtcNow);
        posting.Approve(DateTime.UtcNow, Lifetime);
        db.JobPostings.Add(posting);
        await db.SaveChangesAsync();
        return posting;
    }

    private static PostingDetails Details(RoleProfile role) => new(
        "Python Developer", role.Id, EmploymentType.FullTime, JobLevel.Mid, "Berlin", "DE", Workplace.OnSite, [], 60_000m, 80_000m, "EUR", PayPeriod.Year,
        "Write Python.", [], "https://counted.example/apply", null, false, false);

    private static async Task<(string Recruiter, Company Company)> RecruiterAsync(AppDbContext db)
    {
        var email = $"{Guid.NewGuid():N}@counted.example";
        var company = new Company("Counted Ltd", new Uri("https://counted.example"), "Tools.");
        db.Users.Add(new CareerUser
        {
            UserName = email,
            NormalizedUserName = email.ToUpperInvariant(),
            Email = email,
            NormalizedEmail = email.ToUpperInvariant(),
            SecurityStamp = Guid.NewGuid().ToString(),
            Company = company,
            CreatedAt = DateTime.UtcNow,
        });
        await db.SaveChangesAsync();
        return (await db.Users.Where(u => u.Email == email).Select(u => u.Id).SingleAsync(), company);
    }
}
