using System.Diagnostics;
using Headless.Bench.Clients;
using Headless.Bench.Hosting;
using Headless.Bench.Measurement;

namespace Headless.Bench.Scenarios;

/// <summary>
/// Runs one configuration against the host: a fresh live session, N subscribers, M paced tweets,
/// then waits (bounded) until every subscriber has every tweet, and gathers the numbers.
/// </summary>
public sealed class ScenarioRunner(BenchHost host, Uri address, TimeSpan drainTimeout)
{
    private int _runs;

    public async Task<ScenarioResult> RunAsync(Scenario scenario, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(scenario);
        var run = Interlocked.Increment(ref _runs);
        var target = await BenchData.LiveSessionAsync(host.Contexts, DateTime.UtcNow, cancellationToken);
        var tracker = new DeliveryTracker(scenario.ExpectedDeliveries);
        var emitter = new TweetEmitter(host.Tweets, target, run);

        await ProcessQuiet.WaitAsync(cancellationToken);
        var before = ProcessSnapshot.Capture();
        var startCounters = FanOutCounters.Of(host.Multiplexer);
        await using var pool = await SubscriberPool.OpenAsync(address, scenario.Subscribers, i =>
            (Scenario.Query, scenario.VariablesFor(target.GlobalId, i), new SubscriberLog(run, scenario.Tweets, tracker)), cancellationToken);
        await emitter.WaitUntilListeningAsync(pool, cancellationToken);

        var measuredStart = ProcessSnapshot.Capture();
        var measuredCounters = FanOutCounters.Of(host.Multiplexer);
        var activeExecutions = host.Multiplexer.ActiveExecutions;
        var (firstAt, lastAt) = await emitter.EmitAsync(scenario.Tweets, scenario.Rate, cancellationToken);
        await WaitForDeliveriesAsync(tracker, cancellationToken);

        var counters = FanOutCounters.Of(host.Multiplexer);
        var after = ProcessSnapshot.Capture();
        var logs = pool.Logs;
        var lastDelivery = Math.Max(tracker.LastDeliveredAt, lastAt);
        return new ScenarioResult(
            scenario,
            tracker.Delivered,
            logs.Sum(l => (long)l.Duplicates),
            logs.Sum(l => (long)l.Unexpected),
            LatencySummary.Of(logs.SelectMany(l => l.Latencies)),
            scenario.Tweets > 1 ? (scenario.Tweets - 1) / Seconds(firstAt, lastAt) : scenario.Rate,
            Seconds(firstAt, lastDelivery),
            activeExecutions,
            // Executions count from before the clients connected; events and messages only for the measured tweets.
            new FanOutCounters(
                counters.ExecutionsStarted - startCounters.ExecutionsStarted,
                counters.EventsSerialized - measuredCounters.EventsSerialized,
                counters.MessagesDelivered - measuredCounters.MessagesDelivered),
            before,
            measuredStart,
            after);
    }

    private async Task WaitForDeliveriesAsync(DeliveryTracker tracker, CancellationToken cancellationToken)
    {
        try
        {
            await tracker.AllDelivered.WaitAsync(drainTimeout, cancellationToken);
        }
        catch (TimeoutException)
        {
            // Reported as lost deliveries: the run stops by itself instead of waiting for ever.
        }
    }

    private static double Seconds(long from, long to) => (to - from) / (double)Stopwatch.Frequency;
}
