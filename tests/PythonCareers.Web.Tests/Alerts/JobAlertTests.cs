using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using PythonCareers.Core;
using PythonCareers.Core.Alerts;
using PythonCareers.Core.Jobs.Search;
using PythonCareers.Web.Features.Alerts;
using PythonCareers.Web.Tests.Infrastructure;
using PythonCareers.Web.Tests.Jobs;

namespace PythonCareers.Web.Tests.Alerts;

/// <summary>The site with digests cut off at the moment they are made, so a posting published just now is in the next one.</summary>
public sealed class AlertSite : CareersSite
{
    public AlertSite()
        : base("web_alerts")
    {
    }

    protected override IReadOnlyDictionary<string, string> Settings { get; } = new Dictionary<string, string> { ["Alerts:SettleSeconds"] = "0" };

    /// <summary>Makes every confirmed alert's digest due and runs the digest service once, as its timer would.</summary>
    public async Task DigestNowAsync()
    {
        await using (var db = CreateContext())
        {
            await db.Database.ExecuteSqlAsync($"UPDATE job_alerts SET next_digest_at = now() - interval '1 second' WHERE next_digest_at IS NOT NULL");
        }

        await Services.GetServices<IHostedService>().OfType<AlertDigestService>().Single().RunOnceAsync(CancellationToken.None);
    }
}

public sealed class JobAlertTests(AlertSite site) : IClassFixture<AlertSite>, IAsyncLifetime
{
    private const string Seeker = "seeker@example.org";

    public Task InitializeAsync() => site.ResetAsync();

    public Task DisposeAsync() => Task.CompletedTask;

    [Fact]
    public async Task A_confirmed_alert_mails_each_new_matching_posting_once_and_stops_in_one_click_without_cookies()
    {
        using var seeker = site.NewVisitor();
        var (subscribed, page) = await seeker.SubmitAsync("/alerts/new?q=django&country=de", "/alerts", Visitor.Fields(("q", "django"), ("country", "de"), ("Email", Seeker), ("Frequency", "Daily")));
        Assert.Equal(HttpStatusCode.OK, subscribed.StatusCode);
        Assert.Contains("link to confirm", page.QuerySelector(".lead")!.TextContent, StringComparison.Ordinal);
        var confirmation = Assert.Single(await site.MailToAsync(Seeker));

        var confirm = CareersSite.LinkIn(confirmation, "/alerts/confirm").PathAndQuery;
        Assert.Equal(HttpStatusCode.OK, (await seeker.GetAsync(confirm)).Response.StatusCode);
        Assert.Null((await AlertOfSeekerAsync()).ConfirmedAt);
        Assert.Equal(HttpStatusCode.Redirect, (await seeker.PressAsync(confirm)).Response.StatusCode);
        Assert.NotNull((await AlertOfSeekerAsync()).ConfirmedAt);

        var board = new JobBoard(site);
        await board.PostAsync("Senior Django Developer", minutesAgo: 0);
        await board.PostAsync("Senior Django Developer in Paris", details => details with { City = "Paris", CountryCode = "FR" }, minutesAgo: 0);
        await board.PostAsync("Data Engineer", minutesAgo: 0);
        await site.DigestNowAsync();
        await site.DigestNowAsync();

        var mails = await site.MailToAsync(Seeker);
        Assert.Equal(2, mails.Count);
        var digest = mails[1];
        Assert.Equal("1 new Python job: “django”, Germany", digest.Subject);
        Assert.Contains("Senior Django Developer, Snake Oil GmbH", digest.TextBody, StringComparison.Ordinal);
        Assert.DoesNotContain("Paris", digest.TextBody, StringComparison.Ordinal);
        Assert.DoesNotContain("Data Engineer", digest.TextBody, StringComparison.Ordinal);
        Assert.Equal("List-Unsubscribe=One-Click", digest.Headers["List-Unsubscribe-Post"]);

        // As a mail client does it: a POST with the RFC 8058 body, no cookies, no antiforgery token.
        var unsubscribe = new Uri(digest.Headers["List-Unsubscribe"]!.Trim('<', '>'));
        using var mailClient = site.CreateClient();
        using var body = new StringContent("List-Unsubscribe=One-Click", System.Text.Encoding.ASCII, "application/x-www-form-urlencoded");
        var unsubscribed = await mailClient.PostAsync(new Uri(unsubscribe.PathAndQuery, UriKind.Relative), body);

        Assert.Equal(HttpStatusCode.OK, unsubscribed.StatusCode);
        await using var db = site.CreateContext();
        Assert.False(await db.JobAlerts.AnyAsync());
    }

    [Fact]
    public async Task Nothing_is_sent_to_an_unconfirmed_alert_and_the_unsubscribe_page_changes_nothing_until_its_button_is_pressed()
    {
        using var seeker = site.NewVisitor();
        await seeker.SubmitAsync("/alerts/new", "/alerts", Visitor.Fields(("Email", Seeker), ("Frequency", "Weekly")));
        var confirmation = Assert.Single(await site.MailToAsync(Seeker));
        await new JobBoard(site).PostAsync("Senior Django Developer", minutesAgo: 0);
        await site.DigestNowAsync();

        var unsubscribe = new Uri(confirmation.Headers["List-Unsubscribe"]!.Trim('<', '>')).PathAndQuery;
        Assert.Equal(HttpStatusCode.OK, (await seeker.GetAsync(unsubscribe)).Response.StatusCode);

        Assert.Single(await site.MailToAsync(Seeker));
        Assert.Equal((AlertFrequency.Weekly, (DateTime?)null), ((await AlertOfSeekerAsync()).Frequency, (await AlertOfSeekerAsync()).ConfirmedAt));
        Assert.Equal(HttpStatusCode.OK, (await seeker.PressAsync(unsubscribe)).Response.StatusCode);
        await using var db = site.CreateContext();
        Assert.False(await db.JobAlerts.AnyAsync());
    }

    [Fact]
    public async Task An_address_at_its_limit_gets_the_same_answer_as_a_new_one_and_no_twenty_first_alert()
    {
        await using (var scope = site.Services.CreateAsyncScope())
        {
            var alerts = scope.ServiceProvider.GetRequiredService<JobAlerts>();
            for (var n = 0; n < JobAlerts.MaxPerAddress; n++)
            {
                await alerts.SubscribeAsync(Seeker, JobSearchCriteria.Everything with { Text = $"word{n}" }, AlertFrequency.Daily, CancellationToken.None);
                await scope.ServiceProvider.GetRequiredService<AppDbContext>().SaveChangesAsync();
            }
        }

        using var visitor = site.NewVisitor();
        var (atLimit, full) = await visitor.SubmitAsync("/alerts/new", "/alerts", Visitor.Fields(("Email", "SEEKER@example.org"), ("Frequency", "Daily")));
        var (fresh, empty) = await visitor.SubmitAsync("/alerts/new", "/alerts", Visitor.Fields(("Email", "someone.else@example.org"), ("Frequency", "Daily")));

        Assert.Equal((HttpStatusCode.OK, HttpStatusCode.OK), (atLimit.StatusCode, fresh.StatusCode));
        Assert.Equal(empty.QuerySelector("main")!.TextContent, full.QuerySelector("main")!.TextContent);
        Assert.Empty(await site.MailToAsync(Seeker));
        await using var db = site.CreateContext();
        Assert.Equal(JobAlerts.MaxPerAddress, await db.JobAlerts.CountAsync(a => a.Email == Seeker));
    }

    [Fact]
    public async Task The_manage_link_changes_only_its_own_addresses_alerts_and_forgets_the_address_on_request()
    {
        using var seeker = site.NewVisitor();
        await seeker.SubmitAsync("/alerts/new?q=django", "/alerts", Visitor.Fields(("q", "django"), ("Email", Seeker), ("Frequency", "Daily")));
        await seeker.SubmitAsync("/alerts/new?q=flask", "/alerts", Visitor.Fields(("q", "flask"), ("Email", "other@example.org"), ("Frequency", "Daily")));
        var manage = CareersSite.LinkIn((await site.MailToAsync(Seeker))[0], "/alerts/manage").PathAndQuery;
        Guid other;
        await using (var db = site.CreateContext())
        {
            other = await db.JobAlerts.Where(a => a.Email == "other@example.org").Select(a => a.Key).SingleAsync();
        }

        var (page, html) = await seeker.GetAsync(manage);
        var token = html.QuerySelector("input[name=Token]")!.GetAttribute("value")!;
        var mine = html.QuerySelector("input[name=Alert]")!.GetAttribute("value")!;
        var (foreign, _) = await seeker.SubmitAsync(manage, "/alerts/manage", Visitor.Fields(("Token", token), ("Alert", other.ToString()), ("Action", "Delete")));
        var (paused, _) = await seeker.SubmitAsync(manage, "/alerts/manage", Visitor.Fields(("Token", token), ("Alert", mine), ("Action", "Pause")));

        Assert.Equal((HttpStatusCode.OK, HttpStatusCode.NotFound, HttpStatusCode.Redirect), (page.StatusCode, foreign.StatusCode, paused.StatusCode));
        Assert.NotNull((await AlertOfSeekerAsync()).PausedAt);

        var (forgotten, _) = await seeker.SubmitAsync(manage, "/alerts/manage", Visitor.Fields(("Token", token), ("Action", "ForgetMe")));
        Assert.Equal(HttpStatusCode.OK, forgotten.StatusCode);
        await using var after = site.CreateContext();
        Assert.Equal(["other@example.org"], await after.JobAlerts.Select(a => a.Email).ToListAsync());
        Assert.False(await after.OutgoingMails.AnyAsync(m => m.Recipient == Seeker));
    }

    [Theory]
    [InlineData("/alerts/confirm?token=forged")]
    [InlineData("/alerts/manage?token=forged")]
    [InlineData("/alerts/unsubscribe?token=")]
    [InlineData("/alerts/manage")]
    public async Task A_forged_or_missing_token_is_refused_with_a_400(string path)
    {
        using var visitor = site.NewVisitor();
        var (response, page) = await visitor.GetAsync(path);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("This link does not work", page.QuerySelector("h1")!.TextContent);
    }

    [Fact]
    public async Task A_token_made_for_one_purpose_does_not_serve_another()
    {
        using var seeker = site.NewVisitor();
        await seeker.SubmitAsync("/alerts/new", "/alerts", Visitor.Fields(("Email", Seeker), ("Frequency", "Daily")));
        var confirm = CareersSite.LinkIn(Assert.Single(await site.MailToAsync(Seeker)), "/alerts/confirm");

        var (response, _) = await seeker.GetAsync("/alerts/unsubscribe" + confirm.Query);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    [Theory]
    [InlineData("=HYPERLINK(\"http://evil.example\")")]
    [InlineData("not an address")]
    public async Task A_bad_address_is_shown_next_to_its_field_and_nothing_is_stored(string email)
    {
        using var visitor = site.NewVisitor();
        var (response, page) = await visitor.SubmitAsync("/alerts/new", "/alerts", Visitor.Fields(("Email", email), ("Frequency", "Daily")));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.NotNull(page.QuerySelector("#Email-error"));
        await using var db = site.CreateContext();
        Assert.False(await db.JobAlerts.AnyAsync());
    }

    private async Task<JobAlert> AlertOfSeekerAsync()
    {
        await using var db = site.CreateContext();
        return await db.JobAlerts.SingleAsync(a => a.Email == Seeker);
    }
}
