using System.Net;
using Microsoft.EntityFrameworkCore;
using PythonCareers.Core.Jobs;
using PythonCareers.Web.Tests.Infrastructure;

namespace PythonCareers.Web.Tests.Recruiters;

public sealed class PostingActionsTests(CareersSite site) : SiteTest(site)
{
    private async Task<(HttpResponseMessage Response, JobPosting After)> ActAsync(Visitor recruiter, int id, string action)
    {
        var (response, _) = await recruiter.SubmitAsync($"/recruiter/postings/{id}", $"/recruiter/postings/{id}/{action}", []);
        await using var db = Site.CreateContext();
        return (response, await db.JobPostings.SingleAsync(p => p.Id == id));
    }

    [Fact]
    public async Task A_live_posting_can_be_renewed_only_in_its_last_seven_days()
    {
        var (recruiter, user) = await Site.SignUpAsync();
        using var _ = recruiter;
        await using var db = Site.CreateContext();
        var posting = await TestPostings.PostingAsync(db, user);

        var (early, unchanged) = await ActAsync(recruiter, posting.Id, "renew");
        Assert.Equal(HttpStatusCode.Conflict, early.StatusCode);

        await db.Database.ExecuteSqlAsync($"UPDATE job_postings SET expires_at = now() + interval '3 days' WHERE id = {posting.Id}");
        var (renewed, after) = await ActAsync(recruiter, posting.Id, "renew");
        Assert.Equal(HttpStatusCode.Redirect, renewed.StatusCode);
        Assert.InRange(after.ExpiresAt!.Value, DateTime.UtcNow.AddDays(29.9), DateTime.UtcNow.AddDays(30.1));
        Assert.Equal(unchanged.PublishedAt, after.PublishedAt);
    }

    [Fact]
    public async Task A_live_posting_can_be_marked_filled_and_then_nothing_more()
    {
        var (recruiter, user) = await Site.SignUpAsync();
        using var _ = recruiter;
        await using var db = Site.CreateContext();
        var posting = await TestPostings.PostingAsync(db, user);

        var (filled, after) = await ActAsync(recruiter, posting.Id, "fill");
        var (again, _) = await ActAsync(recruiter, posting.Id, "withdraw");

        Assert.Equal(HttpStatusCode.Redirect, filled.StatusCode);
        Assert.Equal(PostingStatus.Filled, after.Status);
        Assert.NotNull(after.ClosedAt);
        Assert.Equal(HttpStatusCode.Conflict, again.StatusCode);
    }

    [Fact]
    public async Task A_posting_in_review_can_be_taken_back_or_withdrawn()
    {
        var (recruiter, user) = await Site.SignUpAsync();
        using var _ = recruiter;
        await using var db = Site.CreateContext();
        var recalled = await TestPostings.PostingAsync(db, user, PostingStatus.InReview);
        var withdrawn = await TestPostings.PostingAsync(db, user, PostingStatus.InReview);

        Assert.Equal(PostingStatus.Draft, (await ActAsync(recruiter, recalled.Id, "recall")).After.Status);
        Assert.Equal(PostingStatus.Withdrawn, (await ActAsync(recruiter, withdrawn.Id, "withdraw")).After.Status);
    }

    [Fact]
    public async Task Duplicating_makes_a_new_draft_with_the_same_content()
    {
        var (recruiter, user) = await Site.SignUpAsync();
        using var _ = recruiter;
        await using var db = Site.CreateContext();
        var original = await TestPostings.PostingAsync(db, user, PostingStatus.Filled);

        var (response, _) = await recruiter.SubmitAsync($"/recruiter/postings/{original.Id}", $"/recruiter/postings/{original.Id}/duplicate", []);

        var copy = await db.JobPostings.SingleAsync(p => p.Id != original.Id);
        Assert.Equal($"/recruiter/postings/{copy.Id}/edit", response.Headers.Location?.OriginalString);
        Assert.Equal(PostingStatus.Draft, copy.Status);
        Assert.Equal(original.ToDetails() with { RemoteCountries = [], SkillIds = [], ConfirmedSalaryWarnings = [] }, copy.ToDetails() with { RemoteCountries = [], SkillIds = [], ConfirmedSalaryWarnings = [] });
        Assert.Equal(original.ConfirmedSalaryWarnings, copy.ConfirmedSalaryWarnings);
        Assert.Equal(original.CompanyName, copy.CompanyName);
    }

    [Fact]
    public async Task A_closed_posting_cannot_be_edited()
    {
        var (recruiter, user) = await Site.SignUpAsync();
        using var _ = recruiter;
        await using var db = Site.CreateContext();
        var posting = await TestPostings.PostingAsync(db, user, PostingStatus.Expired);

        var (page, _) = await recruiter.GetAsync($"/recruiter/postings/{posting.Id}/edit");
        var (post, _) = await recruiter.SubmitAsync($"/recruiter/postings/{posting.Id}", $"/recruiter/postings/{posting.Id}/edit", await Site.PostingFieldsAsync(("Title", "Changed")));

        Assert.Equal(HttpStatusCode.Conflict, page.StatusCode);
        Assert.Equal(HttpStatusCode.Conflict, post.StatusCode);
        Assert.Equal("Senior Python Developer", (await db.JobPostings.SingleAsync()).Title);
    }

    [Fact]
    public async Task The_list_shows_only_the_recruiters_own_postings()
    {
        var (recruiter, user) = await Site.SignUpAsync();
        using var _ = recruiter;
        await using var db = Site.CreateContext();
        await TestPostings.PostingAsync(db, user, PostingStatus.Draft, TestPostings.Details("Mine"));
        await TestPostings.PostingAsync(db, await TestPostings.RecruiterAsync(db, "other@rival.example", "Rival Ltd"), PostingStatus.Published, TestPostings.Details("Theirs"));

        var (_, page) = await recruiter.GetAsync("/recruiter/postings");

        Assert.Equal(["Mine"], page.QuerySelectorAll("main tbody a").Select(a => a.TextContent));
    }
}
