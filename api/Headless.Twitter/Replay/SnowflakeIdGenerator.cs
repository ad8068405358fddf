using System.Globalization;

namespace Headless.Twitter.Replay;

/// <summary>
/// Issues ids shaped like X's snowflakes (milliseconds since X's epoch in the high bits), strictly
/// increasing, so replayed tweets sort by time like real ones and never collide with earlier passes.
/// </summary>
internal sealed class SnowflakeIdGenerator(TimeProvider time)
{
    private const long XEpochMilliseconds = 1288834974657;
    private const int SequenceBits = 22;
    private readonly Lock _lock = new();
    private long _last;

    public string Next()
    {
        var milliseconds = Math.Max(0, time.GetUtcNow().ToUnixTimeMilliseconds() - XEpochMilliseconds);
        var candidate = milliseconds << SequenceBits;
        lock (_lock)
        {
            _last = candidate > _last ? candidate : _last + 1;
            return _last.ToString(CultureInfo.InvariantCulture);
        }
    }
}
