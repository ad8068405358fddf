using GraphQL.DataLoader;

namespace Headless.GraphQL.DataLoading;

/// <summary>
/// Loads one value per key, batching every key requested during a GraphQL execution step into a
/// single call of <see cref="LoadBatchAsync"/>. Register it scoped so each request has its own
/// queue and cache; it is safe to use from resolvers that run in parallel.
/// </summary>
public abstract class BatchDataLoader<TKey, TValue>
    where TKey : notnull
{
    private readonly Lazy<KeyBatcher<TKey, TValue?>> _batcher;

    protected BatchDataLoader()
    {
        // Lazy so that MaxBatchSize, a virtual member, is read after the derived constructor ran.
        _batcher = new Lazy<KeyBatcher<TKey, TValue?>>(
            () => new KeyBatcher<TKey, TValue?>(FetchAsync, MaxBatchSize),
            LazyThreadSafetyMode.ExecutionAndPublication);
    }

    /// <summary>The most keys passed to one <see cref="LoadBatchAsync"/> call; larger queues are split.</summary>
    protected virtual int MaxBatchSize => DataLoaderDefaults.MaxBatchSize;

    /// <summary>
    /// Queues <paramref name="key"/> and returns a deferred result. A key loaded earlier in the
    /// request is served from the cache. A key the source does not return yields <c>default</c>.
    /// </summary>
    public IDataLoaderResult<TValue?> LoadAsync(TKey key) => _batcher.Value.Enqueue(key);

    /// <summary>Fetches the values of distinct <paramref name="keys"/> in one round trip.</summary>
    protected abstract Task<IReadOnlyDictionary<TKey, TValue>> LoadBatchAsync(
        IReadOnlyList<TKey> keys,
        CancellationToken cancellationToken);

    private async Task<Func<TKey, TValue?>> FetchAsync(IReadOnlyList<TKey> keys, CancellationToken cancellationToken)
    {
        var values = await LoadBatchAsync(keys, cancellationToken)
            ?? throw new InvalidOperationException($"{GetType().Name}.LoadBatchAsync returned null.");
        return key => values.TryGetValue(key, out var value) ? value : default;
    }
}
