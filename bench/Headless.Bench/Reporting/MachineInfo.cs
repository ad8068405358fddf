using System.Runtime;
using System.Runtime.InteropServices;
using Headless.Bench.Measurement;

namespace Headless.Bench.Reporting;

/// <summary>Where the numbers were measured, printed with them.</summary>
public static class MachineInfo
{
    public static string Describe()
    {
        var memory = GC.GetGCMemoryInfo().TotalAvailableMemoryBytes / (1024.0 * 1024 * 1024);
        return $"- CPUs: {Environment.ProcessorCount}\n" +
               $"- memory available: {memory:0.0} GiB\n" +
               $"- OS: {RuntimeInformation.OSDescription} ({RuntimeInformation.OSArchitecture})\n" +
               $"- .NET: {RuntimeInformation.FrameworkDescription}\n" +
               $"- GC: {(GCSettings.IsServerGC ? "server" : "workstation")}, {GCSettings.LatencyMode}\n" +
               $"- load average (1 min) now: {SystemLoad.OneMinute():0.00}";
    }
}
