using System.Globalization;

namespace Headless.Bench.Measurement;

/// <summary>
/// The one-minute load average (Linux), so a result taken while other work shared the CPUs can be
/// recognised; NaN where the system does not publish it.
/// </summary>
public static class SystemLoad
{
    private const string LoadFile = "/proc/loadavg";

    public static double OneMinute()
    {
        try
        {
            var first = File.ReadAllText(LoadFile).Split(' ', 2)[0];
            return double.TryParse(first, NumberStyles.Float, CultureInfo.InvariantCulture, out var load) ? load : double.NaN;
        }
        catch (IOException)
        {
            return double.NaN;
        }
        catch (UnauthorizedAccessException)
        {
            return double.NaN;
        }
    }
}
