namespace Headless.Bench.Clients;

/// <summary>N subscribers opened a few at a time (as clients arriving), closed together.</summary>
public sealed class SubscriberPool : IAsyncDisposable
{
    private const int ConnectingAtOnce = 16;

    private readonly List<Subscriber> _subscribers;

    private SubscriberPool(List<Subscriber> subscribers) => _subscribers = subscribers;

    public IReadOnlyList<SubscriberLog> Logs => [.. _subscribers.Select(s => s.Log)];

    public static async Task<SubscriberPool> OpenAsync(
        Uri address, int count, Func<int, (string Query, IReadOnlyDictionary<string, object?> Variables, SubscriberLog Log)> describe, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(describe);
        var opened = new Subscriber[count];
        using var connectTimeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        connectTimeout.CancelAfter(TimeSpan.FromSeconds(60));
        try
        {
            await Parallel.ForEachAsync(
                Enumerable.Range(0, count),
                new ParallelOptions { MaxDegreeOfParallelism = ConnectingAtOnce, CancellationToken = connectTimeout.Token },
                async (i, ct) =>
                {
                    var (query, variables, log) = describe(i);
                    opened[i] = await Subscriber.ConnectAsync(address, query, variables, log, ct);
                });
        }
        catch
        {
            await new SubscriberPool([.. opened.Where(s => s is not null)]).DisposeAsync();
            throw;
        }

        return new SubscriberPool([.. opened]);
    }

    /// <summary>Whether every subscriber has seen readiness probe <paramref name="probe"/> or a later one.</summary>
    public bool AllSawProbe(int probe) => _subscribers.TrueForAll(s => s.Log.LastProbe >= probe);

    public async ValueTask DisposeAsync()
    {
        using var closing = new CancellationTokenSource(TimeSpan.FromSeconds(30));
        await Parallel.ForEachAsync(_subscribers, new ParallelOptions { MaxDegreeOfParallelism = ConnectingAtOnce }, async (s, _) =>
        {
            await s.CloseAsync(closing.Token);
            await s.DisposeAsync();
        });
    }
}
