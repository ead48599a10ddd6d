using System.Net;
using Microsoft.EntityFrameworkCore;
using PythonCareers.Core.Jobs;
using PythonCareers.Web.Tests.Infrastructure;

namespace PythonCareers.Web.Tests.Recruiters;

/// <summary>The recruiter's page of a posting offers exactly what the posting's own rules allow at this moment.</summary>
public sealed class PostingPageTests(CareersSite site) : SiteTest(site)
{
    private static async Task<(HttpStatusCode Status, string Actions, string Text)> ActionsAsync(Visitor recruiter, int id)
    {
        var (response, page) = await recruiter.GetAsync($"/recruiter/postings/{id}");
        var actions = page.QuerySelectorAll(".actions a[href], .actions form[action]")
            .Select(element => (element.GetAttribute("href") ?? element.GetAttribute("action"))!.Split('/')[^1]);
        return (response.StatusCode, string.Join(" ", actions), page.QuerySelector("main")!.TextContent);
    }

    [Theory]
    [InlineData(PostingStatus.Draft, "edit submit withdraw duplicate")]
    [InlineData(PostingStatus.InReview, "recall withdraw duplicate")]
    [InlineData(PostingStatus.Rejected, "edit submit withdraw duplicate")]
    [InlineData(PostingStatus.Published, "edit fill withdraw duplicate")]
    [InlineData(PostingStatus.Filled, "duplicate")]
    [InlineData(PostingStatus.Expired, "duplicate")]
    [InlineData(PostingStatus.Withdrawn, "duplicate")]
    public async Task The_page_offers_what_the_posting_allows(PostingStatus status, string expected)
    {
        var (recruiter, user) = await Site.SignUpAsync();
        using var _ = recruiter;
        await using var db = Site.CreateContext();
        var posting = await TestPostings.PostingAsync(db, user, status);

        var (code, actions, _) = await ActionsAsync(recruiter, posting.Id);

        Assert.Equal(HttpStatusCode.OK, code);
        Assert.Equal(expected, actions);
    }

    [Fact]
    public async Task Renewal_is_offered_in_the_last_days_of_a_live_posting()
    {
        var (recruiter, user) = await Site.SignUpAsync();
        using var _ = recruiter;
        await using var db = Site.CreateContext();
        var posting = await TestPostings.PostingAsync(db, user);
        await db.Database.ExecuteSqlAsync($"UPDATE job_postings SET expires_at = now() + interval '3 days' WHERE id = {posting.Id}");

        var (_, actions, text) = await ActionsAsync(recruiter, posting.Id);

        Assert.Equal("edit renew fill withdraw duplicate", actions);
        Assert.Contains("Live since", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_posting_past_its_closing_time_is_no_longer_live_even_before_the_expiry_service_closes_it()
    {
        var (recruiter, user) = await Site.SignUpAsync();
        using var _ = recruiter;
        await using var db = Site.CreateContext();
        var posting = await TestPostings.PostingAsync(db, user);
        await db.Database.ExecuteSqlAsync($"UPDATE job_postings SET expires_at = now() - interval '1 minute' WHERE id = {posting.Id}");

        var (_, actions, text) = await ActionsAsync(recruiter, posting.Id);
        var (edit, _) = await recruiter.GetAsync($"/recruiter/postings/{posting.Id}/edit");
        var (fill, _) = await recruiter.SubmitAsync($"/recruiter/postings/{posting.Id}", $"/recruiter/postings/{posting.Id}/fill", []);

        Assert.Equal("duplicate", actions);
        Assert.DoesNotContain("Live since", text, StringComparison.Ordinal);
        Assert.Equal((HttpStatusCode.Conflict, HttpStatusCode.Conflict), (edit.StatusCode, fill.StatusCode));
        Assert.Equal(PostingStatus.Published, (await db.JobPostings.SingleAsync()).Status);
    }

    [Fact]
    public async Task The_description_is_shown_rendered_from_its_markdown()
    {
        var (recruiter, user) = await Site.SignUpAsync();
        using var _ = recruiter;
        await using var db = Site.CreateContext();
        var posting = await TestPostings.PostingAsync(db, user, PostingStatus.Draft);

        var (_, page) = await recruiter.GetAsync($"/recruiter/postings/{posting.Id}");

        Assert.Equal("Django", page.QuerySelector(".description strong")?.TextContent);
        Assert.Equal(posting.Description, page.QuerySelector(".markdown-source")?.TextContent);
    }
}
