namespace Headless.Bench.Clients;

/// <summary>Counts measured deliveries across all subscribers and signals when every expected one arrived.</summary>
public sealed class DeliveryTracker(long expected)
{
    private readonly TaskCompletionSource _all = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private long _delivered;
    private long _lastAt;

    public long Delivered => Interlocked.Read(ref _delivered);

    /// <summary>Stopwatch timestamp of the last measured delivery.</summary>
    public long LastDeliveredAt => Interlocked.Read(ref _lastAt);

    public Task AllDelivered => _all.Task;

    public void OnDelivered()
    {
        Interlocked.Exchange(ref _lastAt, System.Diagnostics.Stopwatch.GetTimestamp());
        if (Interlocked.Increment(ref _delivered) == expected)
        {
            _all.TrySetResult();
        }
    }
}
