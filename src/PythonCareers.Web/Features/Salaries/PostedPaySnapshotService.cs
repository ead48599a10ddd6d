using PythonCareers.Core.Market;
using PythonCareers.Web.Infrastructure;

namespace PythonCareers.Web.Features.Salaries;

/// <summary>
/// Makes each day's snapshot of the posted-salary index once, at the first hourly run of that day (UTC) in any instance,
/// then evicts the pages that show it. A snapshot covers the days before its own, so it is the same whichever instance
/// makes it, and whenever; two instances making it at once take turns and write the same figures.
/// </summary>
public sealed partial class PostedPaySnapshotService(
    IServiceScopeFactory scopes, PublicPageEviction eviction, TimeProvider clock, ILogger<PostedPaySnapshotService> logger)
    : RecurringService(clock, logger)
{
    protected override TimeSpan Interval => TimeSpan.FromHours(1);

    public override async Task RunOnceAsync(CancellationToken cancellationToken)
    {
        var today = DateOnly.FromDateTime(Clock.GetUtcNow().UtcDateTime);
        await using var scope = scopes.CreateAsyncScope();
        var index = scope.ServiceProvider.GetRequiredService<PostedPayIndex>();
        if (await index.LatestDateAsync(cancellationToken) >= today)
        {
            return;
        }

        var figures = await index.SnapshotAsync(today, cancellationToken);

        // Written in SQL, which the eviction interceptor never sees; the role, salary and posting pages show the index.
        await eviction.EvictAsync([PublicPages.ContentTag], cancellationToken);
        LogSnapshot(logger, today, figures);
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "The posted-salary index of {Day} holds {Figures} figures")]
    private static partial void LogSnapshot(ILogger logger, DateOnly day, int figures);
}
