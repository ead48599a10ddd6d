using System.Net;
using Microsoft.EntityFrameworkCore;
using PythonCareers.Core.Accounts;
using PythonCareers.Core.Jobs;
using PythonCareers.Web.Tests.Infrastructure;

namespace PythonCareers.Web.Tests.Admin;

public sealed class DashboardAndAuditTests(CareersSite site) : SiteTest(site)
{
    [Fact]
    public async Task The_dashboard_counts_the_queue_and_the_stale_figures()
    {
        await using var db = Site.CreateContext();
        var recruiter = await TestPostings.RecruiterAsync(db);
        await TestPostings.PostingAsync(db, recruiter, PostingStatus.InReview);
        await TestPostings.PostingAsync(db, recruiter, PostingStatus.InReview);
        await TestPostings.PostingAsync(db, recruiter, PostingStatus.Published);
        var staleSalaries = await db.SalaryFigures.CountAsync(f => f.AsOf < DateOnly.FromDateTime(DateTime.UtcNow).AddMonths(-12));
        using var editor = await Site.SignInAsAsync("editor@pythoncareers.example", CareerRoles.Editor);

        var (_, page) = await editor.GetAsync("/admin");

        Assert.Equal("2", page.QuerySelector(".waiting-count")?.TextContent);
        Assert.Equal(7, staleSalaries);
        Assert.Equal(staleSalaries.ToString(System.Globalization.CultureInfo.InvariantCulture), page.QuerySelector(".stale-salaries")?.TextContent);
    }

    [Fact]
    public async Task Moderation_decisions_and_comments_are_in_the_audit_log_and_searchable()
    {
        await using var db = Site.CreateContext();
        var recruiter = await TestPostings.RecruiterAsync(db);
        var approved = await TestPostings.PostingAsync(db, recruiter, PostingStatus.InReview, TestPostings.Details("Approved Django Developer"));
        var rejected = await TestPostings.PostingAsync(db, recruiter, PostingStatus.InReview, TestPostings.Details("Rejected Flask Developer"));
        using var editor = await Site.SignInAsAsync("editor@pythoncareers.example", CareerRoles.Editor);

        await editor.SubmitAsync($"/admin/moderation/{rejected.Id}", $"/admin/moderation/{rejected.Id}/comments", Visitor.Fields(("Body", "Is this role paid?")));
        await editor.SubmitAsync($"/admin/moderation/{approved.Id}", $"/admin/moderation/{approved.Id}/approve", []);
        await editor.SubmitAsync($"/admin/moderation/{rejected.Id}", $"/admin/moderation/{rejected.Id}/reject", Visitor.Fields(("CannedReason", "The role is unpaid.")));

        var (_, all) = await editor.GetAsync("/admin/audit");
        var rows = all.QuerySelectorAll("table.audit tbody tr").Select(tr => tr.TextContent).ToList();
        Assert.Equal(3, rows.Count);
        Assert.Contains("Rejected", rows[0], StringComparison.Ordinal);
        Assert.Contains("editor@pythoncareers.example", rows[0], StringComparison.Ordinal);
        var (_, searched) = await editor.GetAsync("/admin/audit?q=django");
        Assert.Single(searched.QuerySelectorAll("table.audit tbody tr"));
        var (_, byAction) = await editor.GetAsync("/admin/audit?action=Commented");
        var entryLink = byAction.QuerySelector("table.audit tbody a")!.GetAttribute("href")!;
        var (_, entry) = await editor.GetAsync(entryLink);
        Assert.Contains("Is this role paid?", entry.QuerySelector("main")!.TextContent, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("/admin/audit?action=Exploded")]
    [InlineData("/admin/audit?page=0")]
    [InlineData("/admin/audit?entity=%3Cscript%3E")]
    [InlineData("/admin/moderation?kind=everything")]
    [InlineData("/admin/moderation?role=Not%20A%20Slug")]
    public async Task Bad_filters_answer_400_with_a_message(string path)
    {
        using var editor = await Site.SignInAsAsync("editor@pythoncareers.example", CareerRoles.Editor);

        var (response, page) = await editor.GetAsync(path);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.NotNull(page.QuerySelector(".field-error"));
    }

    [Fact]
    public async Task The_queue_filters_by_kind_and_role()
    {
        var (recruiter, user) = await Site.SignUpAsync();
        using var _ = recruiter;
        await using var db = Site.CreateContext();
        await TestPostings.PostingAsync(db, user, PostingStatus.InReview, TestPostings.Details("Web one"));
        await TestPostings.PostingAsync(db, user, PostingStatus.InReview, TestPostings.Details("Data one"), role: "data-scientist");
        var live = await TestPostings.PostingAsync(db, user, PostingStatus.Published, TestPostings.Details("Live one"));
        await recruiter.SubmitAsync($"/recruiter/postings/{live.Id}/edit", $"/recruiter/postings/{live.Id}/edit", await Site.PostingFieldsAsync(("Title", "Live one, changed")));
        using var editor = await Site.SignInAsAsync("editor@pythoncareers.example", CareerRoles.Editor);

        async Task<IEnumerable<string>> TitlesAsync(string query) =>
            (await editor.GetAsync("/admin/moderation" + query)).Page.QuerySelectorAll("main tbody tr td:first-child a").Select(a => a.TextContent);

        Assert.Equal(["Live one, changed"], await TitlesAsync("?kind=revision"));
        Assert.Equal(["Data one"], await TitlesAsync("?kind=new&role=data-scientist"));
        Assert.Equal(3, (await TitlesAsync("")).Count());
    }

    [Fact]
    public async Task Editor_and_recruiter_talk_in_one_thread()
    {
        var (recruiter, user) = await Site.SignUpAsync();
        using var _ = recruiter;
        await using var db = Site.CreateContext();
        var posting = await TestPostings.PostingAsync(db, user, PostingStatus.InReview);
        using var editor = await Site.SignInAsAsync("editor@pythoncareers.example", CareerRoles.Editor);

        await editor.SubmitAsync($"/admin/moderation/{posting.Id}", $"/admin/moderation/{posting.Id}/comments", Visitor.Fields(("Body", "Is the salary yearly?")));
        var (answered, _) = await recruiter.SubmitAsync($"/recruiter/postings/{posting.Id}", $"/recruiter/postings/{posting.Id}/comments", Visitor.Fields(("Body", "Yes, gross per year.")));
        var (empty, emptyPage) = await recruiter.SubmitAsync($"/recruiter/postings/{posting.Id}", $"/recruiter/postings/{posting.Id}/comments", Visitor.Fields(("Body", " ")));

        Assert.Equal(HttpStatusCode.Redirect, answered.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, empty.StatusCode);
        Assert.NotNull(emptyPage.QuerySelector("[data-valmsg-for=Body]"));
        var (_, review) = await editor.GetAsync($"/admin/moderation/{posting.Id}");
        Assert.Equal(["Is the salary yearly?", "Yes, gross per year."], review.QuerySelectorAll(".comment-body").Select(p => p.TextContent));
        Assert.Contains("Is the salary yearly?", Assert.Single((await Site.MailToAsync(user.Email!)).SinceSignUp()).TextBody, StringComparison.Ordinal);
    }
}
