namespace PythonCareers.Web.Infrastructure;

/// <summary>
/// Work every instance of the site repeats on a timer, the first run at start. Each run must be safe beside the other
/// instances' runs (a set-based update, or a claim of due rows with FOR UPDATE SKIP LOCKED); a run that fails (say,
/// while the database restarts) is logged, its transaction rolled back, and the next tick tries again.
/// </summary>
public abstract partial class RecurringService(TimeProvider clock, ILogger logger) : BackgroundService
{
    protected TimeProvider Clock { get; } = clock;

    protected abstract TimeSpan Interval { get; }

    /// <summary>One run, as the timer starts it; tests call it to run the work at once.</summary>
    public abstract Task RunOnceAsync(CancellationToken cancellationToken);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(Interval, Clock);
        do
        {
            try
            {
                await RunOnceAsync(stoppingToken);
            }
            catch (Exception exception) when (exception is not OperationCanceledException)
            {
                LogFailed(logger, GetType().Name, exception);
            }
        }
        while (await timer.WaitForNextTickAsync(stoppingToken));
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "A run of {Service} failed; the next one tries again")]
    private static partial void LogFailed(ILogger logger, string service, Exception exception);
}
