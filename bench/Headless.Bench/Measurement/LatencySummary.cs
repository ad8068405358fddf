using System.Diagnostics;

namespace Headless.Bench.Measurement;

/// <summary>Delivery latency percentiles, in milliseconds (nearest-rank over every measured delivery).</summary>
public sealed record LatencySummary(double P50, double P95, double P99, double Max, double Mean)
{
    public static readonly LatencySummary None = new(double.NaN, double.NaN, double.NaN, double.NaN, double.NaN);

    public static LatencySummary Of(IEnumerable<long> stopwatchTicks)
    {
        ArgumentNullException.ThrowIfNull(stopwatchTicks);
        var sorted = stopwatchTicks.Order().ToArray();
        if (sorted.Length == 0)
        {
            return None;
        }

        return new LatencySummary(
            Milliseconds(Rank(sorted, 0.50)),
            Milliseconds(Rank(sorted, 0.95)),
            Milliseconds(Rank(sorted, 0.99)),
            Milliseconds(sorted[^1]),
            sorted.Average(t => Milliseconds(t)));
    }

    private static long Rank(long[] sorted, double percentile) =>
        sorted[Math.Clamp((int)Math.Ceiling(percentile * sorted.Length) - 1, 0, sorted.Length - 1)];

    private static double Milliseconds(long ticks) => ticks * 1000.0 / Stopwatch.Frequency;
}
