using GraphQL.DataLoader;

namespace Headless.GraphQL.DataLoading;

/// <summary>One key's place in a loader's batch, handed to GraphQL.NET as a deferred field result.</summary>
internal sealed class PendingLoad<TKey, TResult> : IDataLoaderResult<TResult>
    where TKey : notnull
{
    private readonly KeyBatcher<TKey, TResult> _batcher;
    private readonly Task<TResult> _entry;

    public PendingLoad(KeyBatcher<TKey, TResult> batcher, Task<TResult> entry)
    {
        _batcher = batcher;
        _entry = entry;
    }

    public Task<TResult> GetResultAsync(CancellationToken cancellationToken = default)
        => _batcher.WaitAsync(_entry, cancellationToken);

    async Task<object?> IDataLoaderResult.GetResultAsync(CancellationToken cancellationToken)
        => await GetResultAsync(cancellationToken);
}
