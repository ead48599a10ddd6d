using System.Collections.Concurrent;
using Serilog.Core;
using Serilog.Events;
using Serilog.Formatting.Compact;

namespace PythonCareers.Web.Tests.Infrastructure;

/// <summary>Keeps every event the site logs (the site's Serilog picks up sinks from its services), with the size it has in production's JSON lines.</summary>
public sealed class LogCapture : ILogEventSink
{
    private readonly ConcurrentQueue<LogEvent> events = new();
    private readonly RenderedCompactJsonFormatter json = new();

    public IReadOnlyList<LogEvent> Events => [.. events];

    public void Emit(LogEvent logEvent) => events.Enqueue(logEvent);

    public long BytesOf(IEnumerable<LogEvent> logged)
    {
        using var writer = new StringWriter();
        foreach (var logEvent in logged)
        {
            json.Format(logEvent, writer);
        }

        return System.Text.Encoding.UTF8.GetByteCount(writer.ToString());
    }

    /// <summary>Waits until <paramref name="count"/> events match (a minute at most, as a guard against a hang, not as a measure).</summary>
    public async Task WaitForAsync(Func<LogEvent, bool> match, int count)
    {
        using var guard = new CancellationTokenSource(TimeSpan.FromMinutes(1));
        while (events.Count(match) < count)
        {
            await Task.Delay(50, guard.Token);
        }
    }
}
