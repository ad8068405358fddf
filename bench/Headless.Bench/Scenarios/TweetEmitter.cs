using System.Diagnostics;
using Headless.Bench.Clients;
using Headless.Bench.Hosting;

namespace Headless.Bench.Scenarios;

/// <summary>Emits a run's tweets through the benchmark source: readiness probes first, then the paced, measured ones.</summary>
public sealed class TweetEmitter(BenchTweetSource source, LiveSessionTarget target, int run)
{
    private static readonly TimeSpan ProbeTimeout = TimeSpan.FromSeconds(60);

    /// <summary>
    /// The server starts a subscription's execution after the subscribe message, with no answer to
    /// wait for: probes are emitted until every subscriber received one, so no measured tweet is sent
    /// before everyone listens. Deliveries are in order, so earlier probes have all arrived by then too.
    /// </summary>
    public async Task WaitUntilListeningAsync(SubscriberPool pool, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(pool);
        var deadline = Stopwatch.GetTimestamp() + (long)(ProbeTimeout.TotalSeconds * Stopwatch.Frequency);
        for (var probe = 1; Stopwatch.GetTimestamp() < deadline; probe++)
        {
            source.Emit(BenchTweets.Create(target, run, -probe, Stopwatch.GetTimestamp()));
            for (var wait = 0; wait < 20 && !pool.AllSawProbe(probe); wait++)
            {
                await Task.Delay(100, cancellationToken);
            }

            if (pool.AllSawProbe(probe))
            {
                return;
            }
        }

        throw new TimeoutException($"Not every subscriber received a probe within {ProbeTimeout.TotalSeconds} s.");
    }

    /// <summary>Emits <paramref name="count"/> tweets at <paramref name="rate"/> per second on a fixed schedule (no drift); returns when the first and last left.</summary>
    public async Task<(long FirstAt, long LastAt)> EmitAsync(int count, double rate, CancellationToken cancellationToken)
    {
        var interval = Stopwatch.Frequency / rate;
        var start = Stopwatch.GetTimestamp();
        var last = start;
        for (var sequence = 0; sequence < count; sequence++)
        {
            var due = start + (long)(sequence * interval);
            var wait = Stopwatch.GetElapsedTime(Stopwatch.GetTimestamp(), due);
            if (wait > TimeSpan.Zero)
            {
                await Task.Delay(wait, cancellationToken);
            }

            last = Stopwatch.GetTimestamp();
            source.Emit(BenchTweets.Create(target, run, sequence, last));
        }

        return (start, last);
    }
}
