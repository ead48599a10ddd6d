using System.Net;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using netDumbster.smtp;
using PythonCareers.Core;
using PythonCareers.Core.Accounts;
using PythonCareers.Core.Mail;
using PythonCareers.Web.Tests.Infrastructure;

namespace PythonCareers.Web.Tests.Operations;

/// <summary>
/// Two instances of the site over one database, each with its outbox sender, sending to a real SMTP server on loopback
/// (netDumbster) that the tests start and stop; retries come quickly so that a test need not wait minutes.
/// </summary>
public class OutboxSite : CareersSite, IAsyncLifetime
{
    public OutboxSite()
        : this("web_outbox", maxAttempts: 1000)
    {
    }

    protected OutboxSite(string databaseSuffix, int maxAttempts)
        : base(databaseSuffix)
    {
        Settings = new Dictionary<string, string>
        {
            ["Email:SmtpHost"] = "127.0.0.1",
            ["Email:SmtpPort"] = SmtpPort.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["Email:OutboxPollSeconds"] = "0.1",
            ["Email:RetryPauseSeconds"] = "0.1",
            ["Email:LongestPauseMinutes"] = "0.01",
            ["Email:MaxAttempts"] = maxAttempts.ToString(System.Globalization.CultureInfo.InvariantCulture),
        };
    }

    /// <summary>Where the mail server listens while a test has it up; nothing listens there otherwise.</summary>
    public int SmtpPort { get; } = LoopbackPorts.Free();

    /// <summary>A second instance of the site, with a sender of its own.</summary>
    public WebApplicationFactory<Program> Other { get; private set; } = null!;

    protected override IReadOnlyDictionary<string, string> Settings { get; }

    public new async Task InitializeAsync()
    {
        await base.InitializeAsync();
        Other = WithWebHostBuilder(_ => { });
        _ = Other.Services;
    }

    public Visitor NewVisitorOfOther() => NewVisitor(Other);

    public new async Task DisposeAsync()
    {
        await Other.DisposeAsync();
        await base.DisposeAsync();
    }

    /// <summary>Queues mail as every feature does: added to a context and saved with it.</summary>
    public async Task QueueAsync(params (string Recipient, string Subject)[] mails)
    {
        await using var scope = Services.CreateAsyncScope();
        var outbox = scope.ServiceProvider.GetRequiredService<MailOutbox>();
        foreach (var (recipient, subject) in mails)
        {
            outbox.Queue(recipient, subject, $"This is {subject}.");
        }

        await scope.ServiceProvider.GetRequiredService<AppDbContext>().SaveChangesAsync();
    }

    /// <summary>Waits until <paramref name="done"/> holds for the outbox's rows, for up to 30 s.</summary>
    public async Task<List<OutgoingMail>> OutboxWhenAsync(Func<List<OutgoingMail>, bool> done)
    {
        var deadline = DateTime.UtcNow.AddSeconds(30);
        while (true)
        {
            await using var db = CreateContext();
            var mails = await db.OutgoingMails.OrderBy(m => m.Id).ToListAsync();
            if (done(mails) || DateTime.UtcNow > deadline)
            {
                return mails;
            }

            await Task.Delay(50);
        }
    }
}

/// <summary>The same, giving up on a mail after its second failed attempt.</summary>
public sealed class GivingUpOutboxSite : OutboxSite
{
    public GivingUpOutboxSite()
        : base("web_outbox_limit", maxAttempts: 2)
    {
    }
}

public sealed class MailOutboxTests(OutboxSite site) : IClassFixture<OutboxSite>, IAsyncLifetime
{
    public Task InitializeAsync() => site.ResetAsync();

    public Task DisposeAsync() => Task.CompletedTask;

    [Fact]
    public async Task Mail_queued_while_the_mail_server_is_down_arrives_once_it_is_back_each_exactly_once()
    {
        var subjects = Enumerable.Range(1, 20).Select(n => $"Mail {n}").ToList();
        await site.QueueAsync([.. subjects.Select(subject => ("seeker@pythoncareers.example", subject))]);

        var failing = await site.OutboxWhenAsync(mails => mails.All(m => m.Attempts >= 2));
        Assert.All(failing, mail => Assert.Equal((false, true), (mail.SentAt.HasValue, mail.Attempts >= 2 && mail.LastError is { Length: > 0 })));

        using var server = SimpleSmtpServer.Start(site.SmtpPort);
        var sent = await site.OutboxWhenAsync(mails => mails.All(m => m.SentAt.HasValue));
        await Task.Delay(TimeSpan.FromSeconds(1));

        Assert.All(sent, mail => Assert.Equal((true, null, null), (mail.SentAt.HasValue, mail.DueAt, mail.GaveUpAt)));
        var received = server.ReceivedEmail;
        Assert.Equal(subjects.Order(StringComparer.Ordinal), received.Select(m => m.Headers["Subject"]).Order(StringComparer.Ordinal));
        Assert.Equal(20, received.Select(m => m.Headers["Message-ID"]).Distinct(StringComparer.Ordinal).Count());
    }

    [Fact]
    public async Task Mail_queued_through_either_instance_is_sent_once_by_one_of_the_two_senders()
    {
        using var server = SimpleSmtpServer.Start(site.SmtpPort);
        await site.CreateUserAsync("editor@pythoncareers.example", Visitor.StrongPassword, CareerRoles.Editor);
        using var first = site.NewVisitor();
        using var second = site.NewVisitorOfOther();

        foreach (var visitor in new[] { first, second })
        {
            var (response, _) = await visitor.SubmitAsync("/account/forgot-password", "/account/forgot-password", Visitor.Fields(("Email", "editor@pythoncareers.example")));
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        }

        var sent = await site.OutboxWhenAsync(mails => mails.Count == 2 && mails.All(m => m.SentAt.HasValue));
        await Task.Delay(TimeSpan.FromSeconds(1));

        Assert.Equal(2, sent.Count(m => m.SentAt.HasValue && m.Attempts == 1));
        Assert.Equal(2, server.ReceivedEmailCount);
        Assert.All(server.ReceivedEmail, mail => Assert.Equal("Reset your PythonCareers password", mail.Headers["Subject"]));
    }
}

public sealed class UndeliveredMailTests(GivingUpOutboxSite site) : IClassFixture<GivingUpOutboxSite>, IAsyncLifetime
{
    public Task InitializeAsync() => site.ResetAsync();

    public Task DisposeAsync() => Task.CompletedTask;

    [Fact]
    public async Task Mail_the_server_never_takes_is_given_up_after_the_limit_and_shown_to_admins_with_the_error()
    {
        await site.QueueAsync(("recruiter@snakeoil.example", "Approved: Senior Django Developer"));

        var mail = Assert.Single(await site.OutboxWhenAsync(mails => mails.All(m => m.GaveUpAt.HasValue)));
        using var admin = await site.SignInAsAsync("admin@pythoncareers.example", CareerRoles.Admin);
        var (response, page) = await admin.GetAsync("/admin");

        Assert.Equal((2, (DateTime?)null, (DateTime?)null), (mail.Attempts, mail.DueAt, mail.SentAt));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var row = Assert.Single(page.QuerySelectorAll("table.undelivered tbody tr")).QuerySelectorAll("td").Select(cell => cell.TextContent).ToList();
        Assert.Equal(["recruiter@snakeoil.example", "Approved: Senior Django Developer", "2"], row[..3]);
        Assert.Equal(mail.LastError, row[4]);
    }
}
