using Microsoft.EntityFrameworkCore;
using PythonCareers.Core.Accounts;
using PythonCareers.Core.Content;
using PythonCareers.Core.Jobs;
using PythonCareers.Core.Salaries;
using PythonCareers.Core.Tests.Database;

namespace PythonCareers.Core.Tests.Jobs;

/// <summary>The live rule in SQL is the posting's own: PostgreSQL and the entity draw the line at the same moment.</summary>
[Collection(DatabaseTestGroup.Name)]
public sealed class LivePostingsTests(DatabaseFixture database)
{
    private static readonly TimeSpan Lifetime = TimeSpan.FromDays(30);

    [Fact]
    public async Task A_posting_is_past_its_closing_time_in_SQL_exactly_when_it_is_no_longer_live_in_memory()
    {
        await using var db = database.CreateContext();
        await new ContentSeeder(db, TimeProvider.System).SeedAsync();
        await using var transaction = await db.Database.BeginTransactionAsync();
        var publishedAt = new DateTime(2026, 11, 1, 9, 0, 0, DateTimeKind.Utc);
        var live = await StoreAsync(db, publishedAt, PostingStatus.Published);
        var draft = await StoreAsync(db, publishedAt, PostingStatus.Draft);
        var closes = live.ExpiresAt!.Value;

        foreach (var at in new[] { publishedAt, closes.AddMicroseconds(-1), closes, closes.AddMicroseconds(1) })
        {
            var due = await db.JobPostings.PastClosingTime(at).Select(p => p.Id).ToListAsync();
            Assert.Equal(live.IsLiveAt(at) ? [] : [live.Id], due.Where(id => id == live.Id || id == draft.Id));
        }
    }

    [Fact]
    public async Task The_live_query_finds_the_postings_that_are_live_in_memory()
    {
        await using var db = database.CreateContext();
        await new ContentSeeder(db, TimeProvider.System).SeedAsync();
        await using var transaction = await db.Database.BeginTransactionAsync();
        var now = DateTime.UtcNow;
        var postings = new List<JobPosting>
        {
            await StoreAsync(db, now.AddDays(-1), PostingStatus.Published),
            await StoreAsync(db, now - Lifetime - TimeSpan.FromMinutes(1), PostingStatus.Published),
            await StoreAsync(db, now, PostingStatus.Draft),
            await StoreAsync(db, now, PostingStatus.InReview),
            await StoreAsync(db, now.AddDays(-1), PostingStatus.Filled),
        };
        var revision = postings[0].CreateRevision(postings[0].ToDetails() with { Title = "Changed" }, postings[0].RoleTitle, [], now);
        db.JobPostings.Add(revision);
        await db.SaveChangesAsync();
        postings.Add(revision);
        var ids = postings.Select(p => p.Id).ToList();

        var found = await db.JobPostings.Live().Where(p => ids.Contains(p.Id)).Select(p => p.Id).ToListAsync();

        Assert.Equal([postings[0].Id], found);
        Assert.Equal(found, postings.Where(p => p.IsLiveAt(DateTime.UtcNow)).Select(p => p.Id));
    }

    private static async Task<JobPosting> StoreAsync(AppDbContext db, DateTime at, PostingStatus status)
    {
        var role = await db.RoleProfiles.FirstAsync();
        var email = $"{Guid.NewGuid():N}@closingtime.example";
        var company = new Company("Closing Time Ltd", new Uri("https://closingtime.example"), "Tools.");
        db.Users.Add(new CareerUser
        {
            UserName = email,
            NormalizedUserName = email.ToUpperInvariant(),
            Email = email,
            NormalizedEmail = email.ToUpperInvariant(),
            SecurityStamp = Guid.NewGuid().ToString(),
            Company = company,
            CreatedAt = at,
        });
        await db.SaveChangesAsync();
        var recruiter = await db.Users.Where(u => u.Email == email).Select(u => u.Id).SingleAsync();
        var details = new PostingDetails(
            "Python Developer", role.Id, EmploymentType.FullTime, JobLevel.Mid, "Berlin", "DE", Workplace.OnSite, [], 60_000m, 80_000m, "EUR", PayPeriod.Year,
            "Write Python.", [], "https://closingtime.example/apply", null, false, false);
        var posting = new JobPosting(recruiter, company, details, role.Title, [], at);
        if (status != PostingStatus.Draft)
        {
            posting.Submit(at);
        }

        if (status is PostingStatus.Published or PostingStatus.Filled)
        {
            posting.Approve(at, Lifetime);
        }

        if (status == PostingStatus.Filled)
        {
            posting.MarkFilled(at);
        }

        db.JobPostings.Add(posting);
        await db.SaveChangesAsync();
        return posting;
    }
}
