using System.Diagnostics;

namespace Headless.Bench.Measurement;

/// <summary>
/// The process at one moment: live managed heap (after a full collection) and working set in MiB,
/// bytes allocated and CPU time used so far, and the machine's one-minute load average.
/// </summary>
public sealed record ProcessSnapshot(double GcHeapMiB, double WorkingSetMiB, long AllocatedBytes, TimeSpan CpuTime, double LoadAverage)
{
    public static ProcessSnapshot Capture()
    {
        // A full, compacting collection first, so the heap figure is what is really kept alive.
        var heap = GC.GetTotalMemory(forceFullCollection: true);
        using var process = Process.GetCurrentProcess();
        return new ProcessSnapshot(
            heap / 1048576.0, process.WorkingSet64 / 1048576.0, GC.GetTotalAllocatedBytes(precise: true), process.TotalProcessorTime, SystemLoad.OneMinute());
    }
}
