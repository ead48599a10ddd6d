using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using PythonCareers.Core.Jobs;
using PythonCareers.Web.Features.Jobs;
using PythonCareers.Web.Tests.Infrastructure;

namespace PythonCareers.Web.Tests.Recruiters;

public sealed class ExpiryReminderTests(CareersSite site) : SiteTest(site)
{
    private const string Recruiter = "recruiter@example.com";

    [Fact]
    public async Task A_posting_closing_within_three_days_is_reminded_of_once_and_its_link_renews_it_once()
    {
        await using var db = Site.CreateContext();
        var recruiter = await TestPostings.RecruiterAsync(db, Recruiter);
        var closing = await TestPostings.PostingAsync(db, recruiter, now: DateTime.UtcNow.AddDays(-28));
        await TestPostings.PostingAsync(db, recruiter, details: TestPostings.Details("Later Python Developer"), now: DateTime.UtcNow.AddDays(-10));

        await RunExpiryAsync();
        await RunExpiryAsync();

        var reminder = Assert.Single(await Site.MailToAsync(Recruiter));
        Assert.StartsWith("Closes on ", reminder.Subject, StringComparison.Ordinal);
        Assert.EndsWith(closing.Title, reminder.Subject, StringComparison.Ordinal);
        var renew = CareersSite.LinkIn(reminder, "/renew").PathAndQuery;

        using var visitor = Site.NewVisitor();
        var closesAt = await ClosingTimeAsync(closing.Id);
        Assert.Equal(HttpStatusCode.OK, (await visitor.GetAsync(renew)).Response.StatusCode);
        Assert.Equal(closesAt, await ClosingTimeAsync(closing.Id));
        var (renewed, page) = await visitor.PressAsync(renew);
        var (again, refusal) = await visitor.PressAsync(renew);

        Assert.Equal((HttpStatusCode.OK, HttpStatusCode.Conflict), (renewed.StatusCode, again.StatusCode));
        Assert.Equal(("Renewed", "Already renewed"), (page.QuerySelector("h1")!.TextContent, refusal.QuerySelector("h1")!.TextContent));
        Assert.True(await ClosingTimeAsync(closing.Id) > DateTime.UtcNow.AddDays(20));
    }

    [Fact]
    public async Task A_forged_renew_link_is_refused_and_renews_nothing()
    {
        await using var db = Site.CreateContext();
        var recruiter = await TestPostings.RecruiterAsync(db, Recruiter);
        var closing = await TestPostings.PostingAsync(db, recruiter, now: DateTime.UtcNow.AddDays(-28));
        var closesAt = await ClosingTimeAsync(closing.Id);
        using var visitor = Site.NewVisitor();

        var (shown, _) = await visitor.GetAsync("/renew?token=forged");
        var (posted, _) = await visitor.SubmitAsync("/account/sign-in", "/renew", Visitor.Fields(("Token", $"{closing.Id}:{closing.ExpiresAt!.Value.Ticks}")));

        Assert.Equal((HttpStatusCode.BadRequest, HttpStatusCode.BadRequest), (shown.StatusCode, posted.StatusCode));
        Assert.Equal(closesAt, await ClosingTimeAsync(closing.Id));
    }

    private Task RunExpiryAsync() =>
        Site.Services.GetServices<IHostedService>().OfType<PostingExpiryService>().Single().RunOnceAsync(CancellationToken.None);

    private async Task<DateTime?> ClosingTimeAsync(int id)
    {
        await using var db = Site.CreateContext();
        return await db.JobPostings.Where(p => p.Id == id).Select(p => p.ExpiresAt).SingleAsync();
    }
}
