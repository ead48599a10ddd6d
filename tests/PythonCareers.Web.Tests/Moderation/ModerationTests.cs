using System.Net;
using Microsoft.EntityFrameworkCore;
using PythonCareers.Core.Accounts;
using PythonCareers.Core.Audit;
using PythonCareers.Core.Common;
using PythonCareers.Core.Jobs;
using PythonCareers.Web.Tests.Infrastructure;

namespace PythonCareers.Web.Tests.Moderation;

public sealed class ModerationTests(CareersSite site) : SiteTest(site)
{
    [Fact]
    public async Task The_queue_lists_postings_in_review_oldest_first()
    {
        await using var db = Site.CreateContext();
        var recruiter = await TestPostings.RecruiterAsync(db);
        var now = DateTime.UtcNow;
        await TestPostings.PostingAsync(db, recruiter, PostingStatus.InReview, TestPostings.Details("Newest"), now: now);
        await TestPostings.PostingAsync(db, recruiter, PostingStatus.InReview, TestPostings.Details("Oldest"), now: now.AddHours(-2));
        await TestPostings.PostingAsync(db, recruiter, PostingStatus.Draft, TestPostings.Details("A draft"), now: now.AddHours(-3));
        await TestPostings.PostingAsync(db, recruiter, PostingStatus.Published, TestPostings.Details("Live"), now: now.AddHours(-4));
        using var editor = await Site.SignInAsAsync("editor@pythoncareers.example", CareerRoles.Editor);

        var (_, page) = await editor.GetAsync("/admin/moderation");

        Assert.Equal(["Oldest", "Newest"], page.QuerySelectorAll("main tbody tr td:first-child a").Select(a => a.TextContent));
    }

    [Fact]
    public async Task Approving_publishes_the_posting_and_tells_the_recruiter()
    {
        var (recruiter, user) = await Site.SignUpAsync();
        using var _ = recruiter;
        await recruiter.SubmitAsync("/recruiter/postings/new", "/recruiter/postings/new", await Site.PostingFieldsAsync());
        await using var db = Site.CreateContext();
        var id = await db.JobPostings.Select(p => p.Id).SingleAsync();
        using var editor = await Site.SignInAsAsync("editor@pythoncareers.example", CareerRoles.Editor);

        var (response, _) = await editor.SubmitAsync($"/admin/moderation/{id}", $"/admin/moderation/{id}/approve", []);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var posting = await db.JobPostings.SingleAsync();
        Assert.Equal(PostingStatus.Published, posting.Status);
        Assert.Equal(30, (posting.ExpiresAt!.Value - posting.PublishedAt!.Value).TotalDays, precision: 3);
        var mail = Assert.Single((await Site.MailToAsync(user.Email!)).SinceSignUp());
        Assert.Contains($"/jobs/{id}/senior-django-developer", mail.TextBody, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Rejecting_needs_a_reason_which_the_recruiter_then_sees()
    {
        var (recruiter, user) = await Site.SignUpAsync();
        using var _ = recruiter;
        await recruiter.SubmitAsync("/recruiter/postings/new", "/recruiter/postings/new", await Site.PostingFieldsAsync());
        await using var db = Site.CreateContext();
        var id = await db.JobPostings.Select(p => p.Id).SingleAsync();
        using var editor = await Site.SignInAsAsync("editor@pythoncareers.example", CareerRoles.Editor);

        var (withoutReason, form) = await editor.SubmitAsync($"/admin/moderation/{id}", $"/admin/moderation/{id}/reject", Visitor.Fields(("CannedReason", ""), ("Comment", " ")));
        Assert.Equal(HttpStatusCode.BadRequest, withoutReason.StatusCode);
        Assert.NotNull(form.QuerySelector("[data-valmsg-for=Comment]"));
        Assert.Equal(PostingStatus.InReview, (await db.JobPostings.SingleAsync()).Status);

        var (rejected, _) = await editor.SubmitAsync($"/admin/moderation/{id}", $"/admin/moderation/{id}/reject", Visitor.Fields(("CannedReason", "The salary is missing or implausible."), ("Comment", "Is it really per year?")));
        Assert.Equal(HttpStatusCode.Redirect, rejected.StatusCode);
        var posting = await db.JobPostings.SingleAsync();
        Assert.Equal(PostingStatus.Rejected, posting.Status);
        Assert.Equal("The salary is missing or implausible. Is it really per year?", posting.RejectionReason);
        var (_, page) = await recruiter.GetAsync($"/recruiter/postings/{id}");
        Assert.Contains("Is it really per year?", page.QuerySelector(".notice")!.TextContent, StringComparison.Ordinal);
        Assert.Contains("Is it really per year?", Assert.Single((await Site.MailToAsync(user.Email!)).SinceSignUp()).TextBody, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_recruiter_sees_staff_as_a_pythoncareers_editor_and_never_their_sign_in_address()
    {
        const string staff = "editor@pythoncareers.example";
        var (recruiter, user) = await Site.SignUpAsync();
        using var _ = recruiter;
        await recruiter.SubmitAsync("/recruiter/postings/new", "/recruiter/postings/new", await Site.PostingFieldsAsync());
        await using var db = Site.CreateContext();
        var id = await db.JobPostings.Select(p => p.Id).SingleAsync();
        using var editor = await Site.SignInAsAsync(staff, CareerRoles.Editor);
        await editor.SubmitAsync($"/admin/moderation/{id}", $"/admin/moderation/{id}/comments", Visitor.Fields(("Body", "Is the salary yearly?")));
        await recruiter.SubmitAsync($"/recruiter/postings/{id}", $"/recruiter/postings/{id}/comments", Visitor.Fields(("Body", "Yes, it is.")));
        var (_, review) = await editor.GetAsync($"/admin/moderation/{id}");
        await editor.SubmitAsync($"/admin/moderation/{id}", $"/admin/moderation/{id}/reject", Visitor.Fields(("CannedReason", "The salary is missing or implausible."), ("Comment", "")));

        var pages = new List<string>();
        foreach (var path in new[] { "/recruiter/postings", $"/recruiter/postings/{id}", $"/recruiter/postings/{id}/edit" })
        {
            var (response, page) = await recruiter.GetAsync(path);
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            pages.Add(page.DocumentElement.OuterHtml);
        }

        var mails = (await Site.MailToAsync(user.Email!)).Select(m => m.ToString()).ToList();
        Assert.Equal(3, mails.Count);
        Assert.All(pages.Concat(mails), text => Assert.DoesNotContain(staff, text, StringComparison.OrdinalIgnoreCase));
        Assert.Contains("PythonCareers editor", pages[1], StringComparison.Ordinal);
        Assert.Equal(
            [$"{staff} (editor)", user.Email],
            review.QuerySelectorAll(".comment .muted").Select(p => p.TextContent.Split(", ")[0]));
    }

    [Theory]
    [InlineData(0)]
    [InlineData(1)]
    public async Task A_reason_that_the_audit_log_cuts_inside_an_emoji_is_stored_whole(int letters)
    {
        var (recruiter, _) = await Site.SignUpAsync();
        using var _ = recruiter;
        await recruiter.SubmitAsync("/recruiter/postings/new", "/recruiter/postings/new", await Site.PostingFieldsAsync());
        await using var db = Site.CreateContext();
        var id = await db.JobPostings.Select(p => p.Id).SingleAsync();
        using var editor = await Site.SignInAsAsync("editor@pythoncareers.example", CareerRoles.Editor);
        var reason = new string('a', letters) + string.Concat(Enumerable.Repeat("😀", 300));

        var (rejected, _) = await editor.SubmitAsync($"/admin/moderation/{id}", $"/admin/moderation/{id}/reject", Visitor.Fields(("CannedReason", ""), ("Comment", reason)));

        Assert.Equal(HttpStatusCode.Redirect, rejected.StatusCode);
        Assert.Equal(reason, (await db.JobPostings.SingleAsync()).RejectionReason);
        var summary = await db.AuditEntries.Where(e => e.Action == AuditAction.Rejected).Select(e => e.Summary).SingleAsync();
        Assert.True(summary.Length is > 490 and <= AuditEntry.SummaryMaxLength, $"{summary.Length} characters");
        Assert.True(PlainText.IsStorable(summary, multiline: false));
    }

    [Fact]
    public async Task A_made_up_reason_in_the_reason_list_is_refused()
    {
        await using var db = Site.CreateContext();
        var posting = await TestPostings.PostingAsync(db, await TestPostings.RecruiterAsync(db), PostingStatus.InReview);
        using var editor = await Site.SignInAsAsync("editor@pythoncareers.example", CareerRoles.Editor);

        var (response, page) = await editor.SubmitAsync($"/admin/moderation/{posting.Id}", $"/admin/moderation/{posting.Id}/reject", Visitor.Fields(("CannedReason", "<b>because</b>")));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.NotNull(page.QuerySelector("[data-valmsg-for=CannedReason]"));
    }

    [Fact]
    public async Task Editing_a_live_posting_keeps_it_live_and_unchanged_until_the_revision_is_approved()
    {
        var (recruiter, user) = await Site.SignUpAsync();
        using var _ = recruiter;
        await using var db = Site.CreateContext();
        var live = await TestPostings.PostingAsync(db, user, PostingStatus.Published, TestPostings.Details("Python Developer"));

        var (edited, _) = await recruiter.SubmitAsync($"/recruiter/postings/{live.Id}/edit", $"/recruiter/postings/{live.Id}/edit", await Site.PostingFieldsAsync(("Title", "Lead Python Developer")));

        Assert.Equal(HttpStatusCode.Redirect, edited.StatusCode);
        var current = await db.JobPostings.SingleAsync(p => p.Id == live.Id);
        Assert.Equal((PostingStatus.Published, "Python Developer"), (current.Status, current.Title));
        var revision = await db.JobPostings.SingleAsync(p => p.RevisionOfId == live.Id);
        Assert.Equal((PostingStatus.InReview, "Lead Python Developer"), (revision.Status, revision.Title));

        using var editor = await Site.SignInAsAsync("editor@pythoncareers.example", CareerRoles.Editor);
        var (queue, _) = await editor.GetAsync("/admin/moderation");
        Assert.Equal(HttpStatusCode.OK, queue.StatusCode);
        await editor.SubmitAsync($"/admin/moderation/{revision.Id}", $"/admin/moderation/{revision.Id}/approve", []);

        var approved = await db.JobPostings.SingleAsync(p => p.Id == live.Id);
        Assert.Equal((PostingStatus.Published, "Lead Python Developer", current.PublishedAt), (approved.Status, approved.Title, approved.PublishedAt));
        Assert.False(await db.JobPostings.AnyAsync(p => p.RevisionOfId == live.Id));
    }

    [Fact]
    public async Task The_review_page_shows_the_rendered_description_and_which_live_posting_a_revision_changes()
    {
        await using var db = Site.CreateContext();
        var recruiter = await TestPostings.RecruiterAsync(db);
        var fresh = await TestPostings.PostingAsync(db, recruiter, PostingStatus.InReview, TestPostings.Details("New role"));
        var live = await TestPostings.PostingAsync(db, recruiter, PostingStatus.Published, TestPostings.Details("Python Developer"));
        var revision = live.CreateRevision(live.ToDetails() with { Title = "Lead Python Developer", Description = "Lead *Django* services." }, live.RoleTitle, [], DateTime.UtcNow);
        db.JobPostings.Add(revision);
        await db.SaveChangesAsync();
        using var editor = await Site.SignInAsAsync("editor@pythoncareers.example", CareerRoles.Editor);

        var (_, freshPage) = await editor.GetAsync($"/admin/moderation/{fresh.Id}");
        var (_, revisionPage) = await editor.GetAsync($"/admin/moderation/{revision.Id}");

        Assert.Equal("Django", freshPage.QuerySelector(".description strong")?.TextContent);
        Assert.Null(freshPage.QuerySelector("p.notice"));
        Assert.Equal("Django", revisionPage.QuerySelector(".description em")?.TextContent);
        Assert.Contains($"“Python Developer” (#{live.Id})", revisionPage.QuerySelector("p.notice")?.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_rejected_revision_leaves_the_live_posting_as_it_was()
    {
        var (recruiter, user) = await Site.SignUpAsync();
        using var _ = recruiter;
        await using var db = Site.CreateContext();
        var live = await TestPostings.PostingAsync(db, user, PostingStatus.Published, TestPostings.Details("Python Developer"));
        await recruiter.SubmitAsync($"/recruiter/postings/{live.Id}/edit", $"/recruiter/postings/{live.Id}/edit", await Site.PostingFieldsAsync(("Title", "Unpaid Python Intern")));
        var revision = await db.JobPostings.SingleAsync(p => p.RevisionOfId == live.Id);
        using var editor = await Site.SignInAsAsync("editor@pythoncareers.example", CareerRoles.Editor);

        await editor.SubmitAsync($"/admin/moderation/{revision.Id}", $"/admin/moderation/{revision.Id}/reject", Visitor.Fields(("CannedReason", "The role is unpaid.")));

        Assert.Equal("Python Developer", (await db.JobPostings.SingleAsync(p => p.Id == live.Id)).Title);
        var (_, page) = await recruiter.GetAsync($"/recruiter/postings/{live.Id}");
        Assert.Contains("The role is unpaid.", page.QuerySelector(".notice")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_second_decision_on_the_same_posting_is_refused_without_an_error()
    {
        await using var db = Site.CreateContext();
        var posting = await TestPostings.PostingAsync(db, await TestPostings.RecruiterAsync(db), PostingStatus.InReview);
        using var first = await Site.SignInAsAsync("first@pythoncareers.example", CareerRoles.Editor);
        using var second = await Site.SignInAsAsync("second@pythoncareers.example", CareerRoles.Admin);
        var (_, secondPage) = await second.GetAsync($"/admin/moderation/{posting.Id}");
        var secondToken = secondPage.QuerySelector("input[name=__RequestVerificationToken]")!.GetAttribute("value")!;

        var (approved, _) = await first.SubmitAsync($"/admin/moderation/{posting.Id}", $"/admin/moderation/{posting.Id}/approve", []);
        var (late, latePage) = await second.PostAsync($"/admin/moderation/{posting.Id}/reject", Visitor.Fields(("CannedReason", "This duplicates another posting."), ("__RequestVerificationToken", secondToken)));

        Assert.Equal(HttpStatusCode.Redirect, approved.StatusCode);
        Assert.Equal(HttpStatusCode.Conflict, late.StatusCode);
        Assert.Contains("already", latePage.QuerySelector("main")!.TextContent, StringComparison.Ordinal);
        Assert.Equal(PostingStatus.Published, (await db.JobPostings.SingleAsync()).Status);
    }
}
