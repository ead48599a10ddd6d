using System.Collections.Concurrent;
using System.Diagnostics.Metrics;
using Microsoft.AspNetCore.OutputCaching;
using Polly;
using Polly.CircuitBreaker;

namespace PythonCareers.Web.Infrastructure;

/// <summary>
/// The output-cache store as the site uses it: a store that fails (Redis stopped or unreachable) is a cache miss, not an
/// error, and after a few failures it is left alone for a few seconds (a circuit breaker) so pages are served straight
/// from the database without waiting on it. An eviction that failed is kept and done first once the store answers again;
/// until then nothing is served from the store, since it may hold pages that eviction should have removed. Counts
/// lookups by result on the "PythonCareers.OutputCache" meter.
/// </summary>
public sealed partial class ResilientPageStore : IOutputCacheStore, IDisposable
{
    public const string MeterName = "PythonCareers.OutputCache";

    private readonly IOutputCacheStore store;
    private readonly ILogger<ResilientPageStore> logger;
    private readonly ResiliencePipeline pipeline;
    private readonly ConcurrentDictionary<string, bool> missedEvictions = new(StringComparer.Ordinal);
    private readonly Counter<long> lookups;

    public ResilientPageStore(IOutputCacheStore store, IMeterFactory meters, ILogger<ResilientPageStore> logger)
    {
        ArgumentNullException.ThrowIfNull(meters);
        this.store = store;
        this.logger = logger;
        lookups = meters.Create(MeterName).CreateCounter<long>("pythoncareers.output_cache.lookups", description: "Output-cache lookups of public pages, by result: hit, miss, or unavailable (the store failed).");
        pipeline = new ResiliencePipelineBuilder()
            .AddCircuitBreaker(new CircuitBreakerStrategyOptions
            {
                ShouldHandle = new PredicateBuilder().Handle<Exception>(exception => exception is not OperationCanceledException),
                FailureRatio = 0.5,
                MinimumThroughput = 2,
                SamplingDuration = TimeSpan.FromSeconds(5),
                BreakDuration = TimeSpan.FromSeconds(5),
                OnOpened = opened =>
                {
                    LogUnavailable(logger, opened.BreakDuration.TotalSeconds, opened.Outcome.Exception?.Message);
                    return ValueTask.CompletedTask;
                },
                OnClosed = _ =>
                {
                    LogAvailable(logger);
                    return ValueTask.CompletedTask;
                },
            })
            .Build();
    }

    public async ValueTask<byte[]?> GetAsync(string key, CancellationToken cancellationToken)
    {
        if (!await CatchUpAsync(cancellationToken) || await TryAsync(static (state, token) => state.store.GetAsync(state.key, token), (store, key), cancellationToken) is not { } found)
        {
            lookups.Add(1, new KeyValuePair<string, object?>("result", "unavailable"));
            return null;
        }

        lookups.Add(1, new KeyValuePair<string, object?>("result", found.Value is null ? "miss" : "hit"));
        return found.Value;
    }

    public async ValueTask SetAsync(string key, byte[] value, string[]? tags, TimeSpan validFor, CancellationToken cancellationToken) =>
        await TryAsync(
            static async (state, token) =>
            {
                await state.store.SetAsync(state.key, state.value, state.tags, state.validFor, token);
                return true;
            },
            (store, key, value, tags, validFor),
            cancellationToken);

    public async ValueTask EvictByTagAsync(string tag, CancellationToken cancellationToken)
    {
        if (!await EvictAsync(tag, cancellationToken))
        {
            missedEvictions[tag] = true;
        }
    }

    public void Dispose() => (store as IDisposable)?.Dispose();

    /// <summary>Does the evictions that failed before; false while the store still fails.</summary>
    private async ValueTask<bool> CatchUpAsync(CancellationToken cancellationToken)
    {
        // Every lookup asks, so the usual answer must cost nothing: Keys would copy the dictionary under its locks.
        if (missedEvictions.IsEmpty)
        {
            return true;
        }

        foreach (var tag in missedEvictions.Keys)
        {
            if (!await EvictAsync(tag, cancellationToken))
            {
                return false;
            }

            missedEvictions.TryRemove(tag, out _);
        }

        return true;
    }

    private async ValueTask<bool> EvictAsync(string tag, CancellationToken cancellationToken) =>
        await TryAsync(
            static async (state, token) =>
            {
                await state.store.EvictByTagAsync(state.tag, token);
                return true;
            },
            (store, tag),
            cancellationToken) is not null;

    /// <summary>The store's answer, wrapped so that a null answer tells apart from a failure (null).</summary>
    private async ValueTask<Answer<TResult>?> TryAsync<TState, TResult>(Func<TState, CancellationToken, ValueTask<TResult>> operation, TState state, CancellationToken cancellationToken)
    {
        try
        {
            return new Answer<TResult>(await pipeline.ExecuteAsync(static (s, token) => s.operation(s.state, token), (operation, state), cancellationToken));
        }
        catch (Exception exception) when (exception is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            // The breaker logs when the store goes away and comes back; each failed call is only a miss.
            return null;
        }
    }

    private sealed record Answer<TResult>(TResult Value);

    [LoggerMessage(Level = LogLevel.Warning, Message = "The output-cache store fails ({Reason}): serving pages from the database, trying it again in {Seconds} s")]
    private static partial void LogUnavailable(ILogger logger, double seconds, string? reason);

    [LoggerMessage(Level = LogLevel.Information, Message = "The output-cache store answers again")]
    private static partial void LogAvailable(ILogger logger);
}
