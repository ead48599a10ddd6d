using PythonCareers.Core.Skills;
using PythonCareers.Web.Infrastructure;

namespace PythonCareers.Web.Features.Skills;

/// <summary>
/// Counts which skills live postings ask for, and what they pay with and without each (<see cref="SkillDemand.SnapshotAsync"/>),
/// every hour. Safe to run in every instance of the site: the runs take turns in the database.
/// </summary>
public sealed partial class SkillDemandService(IServiceScopeFactory scopes, PublicPageEviction eviction, TimeProvider clock, ILogger<SkillDemandService> logger)
    : RecurringService(clock, logger)
{
    /// <summary>How often the figures are counted again; the skill pages say so beside the time of the latest count.</summary>
    public static readonly TimeSpan CountInterval = TimeSpan.FromHours(1);

    protected override TimeSpan Interval => CountInterval;

    /// <summary>One run: the snapshot, then, when a figure changed, the eviction of the pages that show them.</summary>
    public override async Task RunOnceAsync(CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var changed = await scope.ServiceProvider.GetRequiredService<SkillDemand>().SnapshotAsync(Clock.GetUtcNow().UtcDateTime, cancellationToken);
        if (changed > 0)
        {
            // Written by SQL, which the eviction interceptor never sees. The skill pages carry the postings tag.
            await eviction.EvictAsync([PublicPages.PostingsTag], cancellationToken);
            LogCounted(logger, changed);
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Counted skill demand: {Changed} figures changed")]
    private static partial void LogCounted(ILogger logger, int changed);
}
