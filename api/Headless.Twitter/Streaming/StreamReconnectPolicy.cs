namespace Headless.Twitter.Streaming;

/// <summary>
/// X's documented reconnection rules for streaming endpoints, as a pure calculator: reconnect at once
/// after an established connection drops, back off linearly on network errors, exponentially on
/// HTTP errors and more slowly still on 429. Every back-off starts over once a connection delivers data.
/// </summary>
public sealed class StreamReconnectPolicy
{
    public static readonly TimeSpan NetworkErrorStep = TimeSpan.FromMilliseconds(250);
    public static readonly TimeSpan NetworkErrorCap = TimeSpan.FromSeconds(16);
    public static readonly TimeSpan HttpErrorInitial = TimeSpan.FromSeconds(5);
    public static readonly TimeSpan HttpErrorCap = TimeSpan.FromSeconds(320);
    public static readonly TimeSpan RateLimitInitial = TimeSpan.FromMinutes(1);

    /// <summary>
    /// X gives no ceiling for 429 doubling; rate-limit windows last 15 minutes, so waiting longer than
    /// one window gains nothing unless the reset header asks for it.
    /// </summary>
    public static readonly TimeSpan RateLimitCap = TimeSpan.FromMinutes(15);

    private int _networkAttempts;
    private int _httpAttempts;
    private int _rateLimitAttempts;
    private bool _deliveredDataSinceLastFailure;

    /// <summary>Call for every line a connection delivers (tweets and keep-alives alike).</summary>
    public void OnDataReceived()
    {
        _networkAttempts = 0;
        _httpAttempts = 0;
        _rateLimitAttempts = 0;
        _deliveredDataSinceLastFailure = true;
    }

    /// <summary>How long to wait before the next connection attempt after <paramref name="failure"/>.</summary>
    public TimeSpan NextDelay(StreamFailure failure, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(failure);
        var deliveredData = _deliveredDataSinceLastFailure;
        _deliveredDataSinceLastFailure = false;
        return failure.Kind switch
        {
            StreamFailureKind.ConnectionDropped or StreamFailureKind.Stalled when deliveredData => TimeSpan.Zero,
            // A connection that ends before sending a single byte is no healthy connection to resume:
            // reconnecting at once forever would hammer X, so it backs off like a network error.
            StreamFailureKind.ConnectionDropped or StreamFailureKind.Stalled => NextNetworkDelay(),
            StreamFailureKind.NetworkError => NextNetworkDelay(),
            StreamFailureKind.HttpError => Doubling(HttpErrorInitial, ++_httpAttempts, HttpErrorCap),
            StreamFailureKind.RateLimited => NextRateLimitDelay(failure.RateLimitReset, now),
            _ => throw new ArgumentOutOfRangeException(nameof(failure), failure.Kind, "Unknown stream failure kind."),
        };
    }

    private TimeSpan NextNetworkDelay()
    {
        _networkAttempts++;
        var delay = NetworkErrorStep * _networkAttempts;
        return delay < NetworkErrorCap ? delay : NetworkErrorCap;
    }

    private TimeSpan NextRateLimitDelay(DateTimeOffset? reset, DateTimeOffset now)
    {
        var backoff = Doubling(RateLimitInitial, ++_rateLimitAttempts, RateLimitCap);
        var untilReset = reset is { } r ? r - now : TimeSpan.Zero;
        return untilReset > backoff ? untilReset : backoff;
    }

    private static TimeSpan Doubling(TimeSpan initial, int attempt, TimeSpan cap)
    {
        // Past 2^16 every cap we use is long exceeded; stopping there keeps the multiplication from overflowing.
        var factor = 1L << Math.Min(attempt - 1, 16);
        var delay = initial * factor;
        return delay < cap ? delay : cap;
    }
}
