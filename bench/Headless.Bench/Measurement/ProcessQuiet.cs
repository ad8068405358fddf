using System.Diagnostics;

namespace Headless.Bench.Measurement;

/// <summary>
/// Waits until the process is nearly idle — background JIT promotion after the warm-up, sockets of
/// the previous configuration closing — so that work is not charged to the next measurement.
/// </summary>
public static class ProcessQuiet
{
    private static readonly TimeSpan Sample = TimeSpan.FromMilliseconds(500);
    private static readonly TimeSpan Longest = TimeSpan.FromSeconds(15);

    /// <summary>Quiet means under 10% of one CPU over half a second; gives up after 15 s.</summary>
    public static async Task WaitAsync(CancellationToken cancellationToken)
    {
        using var process = Process.GetCurrentProcess();
        var deadline = Stopwatch.GetTimestamp() + (long)(Longest.TotalSeconds * Stopwatch.Frequency);
        while (Stopwatch.GetTimestamp() < deadline)
        {
            process.Refresh();
            var before = process.TotalProcessorTime;
            await Task.Delay(Sample, cancellationToken);
            process.Refresh();
            if (process.TotalProcessorTime - before < Sample / 10)
            {
                return;
            }
        }
    }
}
