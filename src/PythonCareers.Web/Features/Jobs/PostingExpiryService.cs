using Microsoft.Extensions.Options;
using PythonCareers.Core;
using PythonCareers.Core.Jobs;
using PythonCareers.Web.Infrastructure;

namespace PythonCareers.Web.Features.Jobs;

/// <summary>Closes postings past their closing date, every few minutes. Safe to run in every instance of the site.</summary>
public sealed partial class PostingExpiryService(IServiceScopeFactory scopes, PublicPageEviction eviction, TimeProvider clock, IOptions<JobsOptions> options, ILogger<PostingExpiryService> logger)
    : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(TimeSpan.FromSeconds(options.Value.ExpiryIntervalSeconds), clock);
        do
        {
            try
            {
                await ExpireDueAsync(stoppingToken);
            }
            catch (Exception exception) when (exception is not OperationCanceledException)
            {
                // The next tick tries again; one failed run (say, the database restarting) must not stop expiry for good.
                LogFailed(logger, exception);
            }
        }
        while (await timer.WaitForNextTickAsync(stoppingToken));
    }

    /// <summary>One run: closes the postings past their closing date and evicts the public pages that showed them.</summary>
    public async Task ExpireDueAsync(CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        var expired = await PostingExpiry.ExpireDueAsync(db, clock.GetUtcNow().UtcDateTime, cancellationToken);
        if (expired > 0)
        {
            // An UPDATE without the change tracker, which the eviction interceptor never sees.
            await eviction.EvictAsync([PublicPages.PostingsTag], cancellationToken);
            LogExpired(logger, expired);
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Expired {Count} postings past their closing date")]
    private static partial void LogExpired(ILogger logger, int count);

    [LoggerMessage(Level = LogLevel.Error, Message = "Expiring postings failed; will try again")]
    private static partial void LogFailed(ILogger logger, Exception exception);
}
