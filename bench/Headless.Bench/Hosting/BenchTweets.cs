using System.Globalization;
using Headless.Twitter.Payloads;

namespace Headless.Bench.Hosting;

/// <summary>
/// Builds filtered-stream messages whose text carries a marker — run, sequence number and the
/// <see cref="System.Diagnostics.Stopwatch"/> timestamp of the emission — so a subscriber can
/// tell which tweet it received and how long it took, with no shared state.
/// </summary>
public static class BenchTweets
{
    private const string Prefix = "bench:";
    private static long _ids = 1_950_000_000_000_000_000;

    public static XStreamMessage Create(LiveSessionTarget target, int run, int sequence, long emittedAt)
    {
        ArgumentNullException.ThrowIfNull(target);
        var id = Interlocked.Increment(ref _ids).ToString(CultureInfo.InvariantCulture);
        var tag = "#" + target.Hashtag;
        var text = string.Create(CultureInfo.InvariantCulture, $"Water distribution, queue moving {tag} {Prefix}{run}:{sequence}:{emittedAt}");
        var start = text.IndexOf(tag, StringComparison.Ordinal);
        var tweet = new XTweet(id, text, target.ReporterXUserId, DateTime.UtcNow, "en", id, null, null,
            new XEntities([new XHashtagEntity(start, start + tag.Length, target.Hashtag)], null), new XPublicMetrics(0, 0, 0, 0, 0), null);
        return new XStreamMessage(tweet, new XIncludes([new XUser(target.ReporterXUserId, "Field reporter", target.ReporterHandle)], null), null, null);
    }

    /// <summary>Reads the marker back from a received text; false for any other tweet.</summary>
    public static bool TryReadMarker(ReadOnlySpan<char> text, out BenchMarker marker)
    {
        marker = default;
        var at = text.LastIndexOf(Prefix, StringComparison.Ordinal);
        if (at < 0)
        {
            return false;
        }

        var rest = text[(at + Prefix.Length)..];
        var first = rest.IndexOf(':');
        var second = first < 0 ? -1 : rest[(first + 1)..].IndexOf(':') + first + 1;
        if (first < 0 || second <= first
            || !int.TryParse(rest[..first], NumberStyles.None, CultureInfo.InvariantCulture, out var run)
            || !int.TryParse(rest[(first + 1)..second], NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var sequence)
            || !long.TryParse(rest[(second + 1)..], NumberStyles.None, CultureInfo.InvariantCulture, out var emittedAt))
        {
            return false;
        }

        marker = new BenchMarker(run, sequence, emittedAt);
        return true;
    }
}
