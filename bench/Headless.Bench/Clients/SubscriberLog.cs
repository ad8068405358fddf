using Headless.Bench.Hosting;

namespace Headless.Bench.Clients;

/// <summary>
/// What one subscriber received during a run: the latency of each measured tweet (by sequence
/// number), duplicates, anything unexpected, and the last readiness probe seen. Written only by the
/// subscriber's receive loop; read once the run is over.
/// </summary>
public sealed class SubscriberLog(int run, int tweets, DeliveryTracker tracker)
{
    private readonly long[] _latencies = Enumerable.Repeat(-1L, tweets).ToArray();
    private int _lastProbe;

    public int Received { get; private set; }

    public int Duplicates { get; private set; }

    /// <summary>Error messages, results without a tweet, and tweets of another run.</summary>
    public int Unexpected { get; private set; }

    public int LastProbe => Volatile.Read(ref _lastProbe);

    public IEnumerable<long> Latencies => _latencies.Where(l => l >= 0);

    public void OnTweet(string? text, long receivedAt)
    {
        if (text is null || !BenchTweets.TryReadMarker(text, out var marker) || marker.Run != run || marker.Sequence >= tweets)
        {
            Unexpected++;
            return;
        }

        if (marker.IsProbe)
        {
            Volatile.Write(ref _lastProbe, Math.Max(_lastProbe, -marker.Sequence));
            return;
        }

        if (_latencies[marker.Sequence] >= 0)
        {
            Duplicates++;
            return;
        }

        _latencies[marker.Sequence] = receivedAt - marker.EmittedAt;
        Received++;
        tracker.OnDelivered();
    }

    public void OnUnexpected() => Unexpected++;
}
