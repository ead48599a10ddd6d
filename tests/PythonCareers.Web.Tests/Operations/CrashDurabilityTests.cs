using System.Collections.Concurrent;
using System.Net;
using System.Net.Sockets;
using Microsoft.EntityFrameworkCore;
using PythonCareers.Web.Tests.Admin;
using PythonCareers.Web.Tests.Infrastructure;
using Xunit.Abstractions;

namespace PythonCareers.Web.Tests.Operations;

/// <summary>A database of its own, for the site processes the crash test starts and kills.</summary>
public sealed class CrashSite : CareersSite
{
    public CrashSite()
        : base("web_crash")
    {
    }
}

public sealed class CrashDurabilityTests(CrashSite site, ITestOutputHelper output) : IClassFixture<CrashSite>, IAsyncLifetime
{
    private const int Kills = 20;
    private const int Recruiters = 4;

    public Task InitializeAsync() => site.ResetAsync();

    public Task DisposeAsync() => Task.CompletedTask;

    [Fact]
    public async Task Every_acknowledged_submission_survives_twenty_SIGKILLs_and_none_is_stored_twice()
    {
        var emails = Enumerable.Range(1, Recruiters).Select(i => $"recruiter{i}@crash.example").ToList();
        foreach (var email in emails)
        {
            var (signedUp, _) = await site.SignUpAsync(email, $"Company of {email}");
            signedUp.Dispose();
        }

        var fields = await site.PostingFieldsAsync();
        await using var process = new SiteProcess(site.ConnectionString, new Dictionary<string, string>
        {
            ["RateLimits:SignInPerMinute"] = "100000",
            ["RateLimits:PostingPerMinute"] = "100000",
        });
        await process.StartAsync();
        var visitors = new List<Visitor>();
        foreach (var email in emails)
        {
            var visitor = process.NewVisitor();
            await visitor.SignInAsync(email);
            visitors.Add(visitor);
        }

        var acknowledged = new ConcurrentBag<string>();
        var attempts = 0;
        using var stop = new CancellationTokenSource();
        var submitting = visitors.Select((visitor, index) => Task.Run(async () =>
        {
            for (var n = 0; !stop.IsCancellationRequested; n++)
            {
                var title = $"Crash test {index}-{n}";
                Interlocked.Increment(ref attempts);
                try
                {
                    var (response, _) = await visitor.SubmitAsync("/recruiter/postings/new", "/recruiter/postings/new", ContentEditors.Changed(fields, ("Title", title)));
                    if (response.StatusCode == HttpStatusCode.Redirect)
                    {
                        acknowledged.Add(title);
                    }
                }
                catch (Exception exception) when (exception is HttpRequestException or IOException or SocketException or TaskCanceledException)
                {
                    // The site died under this request: it was not acknowledged, so the recruiter would try again. A
                    // connection the kill cut while it was being made can surface as a bare SocketException.
                    await Task.Delay(50);
                }
            }
        })).ToList();

        for (var kill = 0; kill < Kills; kill++)
        {
            var before = acknowledged.Count;
            while (acknowledged.Count < before + 3)
            {
                await Task.Delay(20);
            }

            await process.KillAsync();
            await process.StartAsync();
        }

        await stop.CancelAsync();
        await Task.WhenAll(submitting);
        visitors.ForEach(v => v.Dispose());

        await using var db = site.CreateContext();
        var stored = await db.JobPostings.Where(p => p.Title.StartsWith("Crash test ")).GroupBy(p => p.Title).Select(g => new { Title = g.Key, Copies = g.Count() }).ToListAsync();
        output.WriteLine($"{Kills} kills, {attempts} submissions tried, {acknowledged.Count} acknowledged, {stored.Count} stored");
        Assert.Empty(acknowledged.Except(stored.Select(s => s.Title)));
        Assert.DoesNotContain(stored, s => s.Copies > 1);
    }
}
