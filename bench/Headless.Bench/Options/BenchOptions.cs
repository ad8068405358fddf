namespace Headless.Bench.Options;

/// <summary>What one benchmark run measures; <see cref="BenchArguments"/> builds and checks it.</summary>
public sealed record BenchOptions
{
    /// <summary>Subscriber counts measured with one shared operation (same document and variables).</summary>
    public IReadOnlyList<int> SharedSubscribers { get; init; } = [1, 100, 500];

    /// <summary>Subscriber counts measured with a variable set of their own each, so nothing is shared.</summary>
    public IReadOnlyList<int> DistinctSubscribers { get; init; } = [100, 500];

    /// <summary>Tweets emitted per configuration.</summary>
    public int Tweets { get; init; } = 200;

    /// <summary>Tweets emitted per second.</summary>
    public double Rate { get; init; } = 50;

    /// <summary>The ingestion batch window; null keeps the host's configured value.</summary>
    public TimeSpan? BatchWindow { get; init; }

    /// <summary>How long deliveries may still arrive after the last tweet was emitted.</summary>
    public TimeSpan DrainTimeout { get; init; } = TimeSpan.FromSeconds(60);

    /// <summary>Whether a small unreported configuration runs first, so JIT and caches are warm.</summary>
    public bool WarmUp { get; init; } = true;
}
