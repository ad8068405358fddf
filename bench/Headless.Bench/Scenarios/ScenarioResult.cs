using Headless.Bench.Measurement;

namespace Headless.Bench.Scenarios;

/// <summary>
/// What one configuration measured. <see cref="Before"/> is taken before the subscribers connect,
/// <see cref="MeasuredStart"/> once they all listen, <see cref="After"/> after the last delivery
/// with the connections still open.
/// </summary>
public sealed record ScenarioResult(
    Scenario Scenario,
    long Delivered,
    long Duplicates,
    long Unexpected,
    LatencySummary Latency,
    double EmitRate,
    double DeliverySeconds,
    int ActiveExecutions,
    FanOutCounters FanOut,
    ProcessSnapshot Before,
    ProcessSnapshot MeasuredStart,
    ProcessSnapshot After)
{
    public long Lost => Scenario.ExpectedDeliveries - Delivered;

    /// <summary>Messages delivered per second, from the first emission to the last delivery.</summary>
    public double Throughput => Delivered / DeliverySeconds;

    /// <summary>Allocated while the measured tweets were emitted and delivered.</summary>
    public double AllocatedMiB => (After.AllocatedBytes - MeasuredStart.AllocatedBytes) / 1048576.0;

    /// <summary>Process CPU time (server and clients together) while the measured tweets were emitted and delivered.</summary>
    public double CpuSeconds => (After.CpuTime - MeasuredStart.CpuTime).TotalSeconds;

    public double CpuMicrosecondsPerMessage => Delivered == 0 ? double.NaN : CpuSeconds * 1_000_000 / Delivered;
}
