using System.Globalization;
using System.Text;
using Headless.Bench.Scenarios;

namespace Headless.Bench.Reporting;

/// <summary>Markdown tables of the results, ready to paste into docs/benchmarks.md.</summary>
public static class ResultTable
{
    public static string Latency(IEnumerable<ScenarioResult> results)
    {
        ArgumentNullException.ThrowIfNull(results);
        var table = new StringBuilder()
            .AppendLine("| configuration | tweets × rate | delivered / expected | lost | dup | p50 ms | p95 ms | p99 ms | max ms | emitted/s | delivered msg/s |")
            .AppendLine("|---|---|---|---|---|---|---|---|---|---|---|");
        foreach (var r in results)
        {
            table.AppendLine(Row(
                r.Scenario.Label,
                $"{r.Scenario.Tweets} × {Number(r.Scenario.Rate)}/s",
                $"{r.Delivered} / {r.Scenario.ExpectedDeliveries}",
                r.Lost.ToString(CultureInfo.InvariantCulture),
                r.Duplicates.ToString(CultureInfo.InvariantCulture),
                Number(r.Latency.P50),
                Number(r.Latency.P95),
                Number(r.Latency.P99),
                Number(r.Latency.Max),
                Number(r.EmitRate),
                Number(r.Throughput)));
        }

        return table.ToString();
    }

    public static string FanOutAndMemory(IEnumerable<ScenarioResult> results)
    {
        ArgumentNullException.ThrowIfNull(results);
        var table = new StringBuilder()
            .AppendLine("| configuration | executions started | active executions | events serialised | messages delivered | CPU s | CPU µs/msg | allocated MiB | GC heap MiB before → after | working set MiB before → after | load avg |")
            .AppendLine("|---|---|---|---|---|---|---|---|---|---|---|");
        foreach (var r in results)
        {
            table.AppendLine(Row(
                r.Scenario.Label,
                r.FanOut.ExecutionsStarted.ToString(CultureInfo.InvariantCulture),
                r.ActiveExecutions.ToString(CultureInfo.InvariantCulture),
                r.FanOut.EventsSerialized.ToString(CultureInfo.InvariantCulture),
                r.FanOut.MessagesDelivered.ToString(CultureInfo.InvariantCulture),
                Number(r.CpuSeconds),
                Number(r.CpuMicrosecondsPerMessage),
                Number(r.AllocatedMiB),
                $"{Number(r.Before.GcHeapMiB)} → {Number(r.After.GcHeapMiB)}",
                $"{Number(r.Before.WorkingSetMiB)} → {Number(r.After.WorkingSetMiB)}",
                Number(r.After.LoadAverage)));
        }

        return table.ToString();
    }

    private static string Row(params string[] cells) => "| " + string.Join(" | ", cells) + " |";

    private static string Number(double value) =>
        double.IsNaN(value) ? "–" : value.ToString(value >= 100 ? "0" : "0.0", CultureInfo.InvariantCulture);
}
