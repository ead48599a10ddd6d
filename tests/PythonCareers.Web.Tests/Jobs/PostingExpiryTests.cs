using Microsoft.EntityFrameworkCore;
using PythonCareers.Core.Jobs;
using PythonCareers.Web.Tests.Infrastructure;

namespace PythonCareers.Web.Tests.Jobs;

public sealed class PostingExpiryTests(CareersSite site) : SiteTest(site)
{
    [Fact]
    public async Task Only_live_postings_past_their_closing_date_expire_and_only_once()
    {
        await using var db = Site.CreateContext();
        var recruiter = await TestPostings.RecruiterAsync(db);
        var due = await TestPostings.PostingAsync(db, recruiter, now: DateTime.UtcNow.AddDays(-31));
        var current = await TestPostings.PostingAsync(db, recruiter);
        var draft = await TestPostings.PostingAsync(db, recruiter, PostingStatus.Draft, now: DateTime.UtcNow.AddDays(-60));

        var first = await PostingExpiry.ExpireDueAsync(db, DateTime.UtcNow);
        var second = await PostingExpiry.ExpireDueAsync(db, DateTime.UtcNow);

        Assert.Equal((1, 0), (first, second));
        var statuses = await db.JobPostings.ToDictionaryAsync(p => p.Id, p => p.Status);
        Assert.Equal(PostingStatus.Expired, statuses[due.Id]);
        Assert.Equal(PostingStatus.Published, statuses[current.Id]);
        Assert.Equal(PostingStatus.Draft, statuses[draft.Id]);
    }

    [Fact]
    public async Task A_revision_waiting_for_a_posting_that_expires_leaves_the_queue()
    {
        await using var db = Site.CreateContext();
        var recruiter = await TestPostings.RecruiterAsync(db);
        var stored = await TestPostings.PostingAsync(db, recruiter, now: DateTime.UtcNow.AddDays(-31));
        var live = await db.JobPostings.AsTracking().SingleAsync(p => p.Id == stored.Id);
        var role = await db.RoleProfiles.SingleAsync(r => r.Id == live.RoleProfileId);
        db.JobPostings.Add(live.CreateRevision(live.ToDetails() with { Title = "Changed" }, role.Title, [], live.PublishedAt!.Value));
        await db.SaveChangesAsync();

        await PostingExpiry.ExpireDueAsync(db, DateTime.UtcNow);

        Assert.False(await db.JobPostings.AnyAsync(p => p.RevisionOfId == live.Id));
    }

    [Fact]
    public async Task Several_instances_expiring_at_once_close_each_posting_exactly_once()
    {
        await using (var db = Site.CreateContext())
        {
            var recruiter = await TestPostings.RecruiterAsync(db);
            for (var i = 0; i < 20; i++)
            {
                await TestPostings.PostingAsync(db, recruiter, now: DateTime.UtcNow.AddDays(-40));
            }
        }

        var runs = Enumerable.Range(0, 4).Select(async _ =>
        {
            await using var instance = Site.CreateContext();
            return await PostingExpiry.ExpireDueAsync(instance, DateTime.UtcNow);
        });
        var expired = await Task.WhenAll(runs);

        Assert.Equal(20, expired.Sum());
        await using var check = Site.CreateContext();
        Assert.Equal(20, await check.JobPostings.CountAsync(p => p.Status == PostingStatus.Expired));
    }
}
