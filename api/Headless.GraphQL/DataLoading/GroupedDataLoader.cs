using GraphQL.DataLoader;

namespace Headless.GraphQL.DataLoading;

/// <summary>
/// Loads the list of values that belong to each key (one-to-many), batching every key requested
/// during a GraphQL execution step into a single call of <see cref="LoadBatchAsync"/>. Register it
/// scoped so each request has its own queue and cache.
/// </summary>
public abstract class GroupedDataLoader<TKey, TValue>
    where TKey : notnull
{
    private readonly Lazy<KeyBatcher<TKey, IReadOnlyList<TValue>>> _batcher;

    protected GroupedDataLoader()
    {
        _batcher = new Lazy<KeyBatcher<TKey, IReadOnlyList<TValue>>>(
            () => new KeyBatcher<TKey, IReadOnlyList<TValue>>(FetchAsync, MaxBatchSize),
            LazyThreadSafetyMode.ExecutionAndPublication);
    }

    /// <summary>The most keys passed to one <see cref="LoadBatchAsync"/> call; larger queues are split.</summary>
    protected virtual int MaxBatchSize => DataLoaderDefaults.MaxBatchSize;

    /// <summary>
    /// Queues <paramref name="key"/> and returns a deferred list; a key without values yields an
    /// empty list.
    /// </summary>
    public IDataLoaderResult<IReadOnlyList<TValue>> LoadAsync(TKey key) => _batcher.Value.Enqueue(key);

    /// <summary>Fetches the values of distinct <paramref name="keys"/> in one round trip.</summary>
    protected abstract Task<ILookup<TKey, TValue>> LoadBatchAsync(
        IReadOnlyList<TKey> keys,
        CancellationToken cancellationToken);

    private async Task<Func<TKey, IReadOnlyList<TValue>>> FetchAsync(
        IReadOnlyList<TKey> keys,
        CancellationToken cancellationToken)
    {
        var groups = await LoadBatchAsync(keys, cancellationToken)
            ?? throw new InvalidOperationException($"{GetType().Name}.LoadBatchAsync returned null.");
        return key => groups.Contains(key) ? groups[key].ToArray() : [];
    }
}
