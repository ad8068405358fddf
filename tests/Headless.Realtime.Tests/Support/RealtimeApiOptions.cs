namespace Headless.Realtime.Tests.Support;

/// <summary>
/// How one test host starts. <see cref="ConnectionString"/> set: that PostgreSQL database (shared by
/// several hosts); else a temp SQLite file of its own. <see cref="Tweets"/> set: ingestion on, reading
/// from it. <see cref="ClockAt"/>: the host's clock (the token issuer's), the wall clock by default.
/// </summary>
public sealed record RealtimeApiOptions
{
    public string? ConnectionString { get; init; }

    public ChannelTweetSource? Tweets { get; init; }

    public string? RedisConnectionString { get; init; }

    /// <summary>Isolates the hosts of one test on a shared Redis server.</summary>
    public string RedisChannelPrefix { get; init; } = $"test-{Guid.NewGuid():N}:";

    public DateTimeOffset? ClockAt { get; init; }

    public IReadOnlyDictionary<string, string?> Settings { get; init; } = new Dictionary<string, string?>();
}
