namespace Headless.GraphQL.DataLoading;

/// <summary>
/// The queue, cache and dispatch engine shared by the batch and grouped loaders. Keys are queued
/// while resolvers run; the first consumer that asks for a value dispatches every queued key at
/// once, so one level of a GraphQL query costs one fetch per loader instead of one per parent.
/// </summary>
internal sealed class KeyBatcher<TKey, TResult>
    where TKey : notnull
{
    private readonly Func<IReadOnlyList<TKey>, CancellationToken, Task<Func<TKey, TResult>>> _fetchAsync;
    private readonly int _maxBatchSize;
    private readonly Lock _gate = new();
    private readonly Dictionary<TKey, TaskCompletionSource<TResult>> _entries = [];
    private List<TKey> _queued = [];

    // Batches of one loader run one after another: a loader usually wraps a scoped unit of work
    // (for example a database context) that does not accept concurrent calls.
    private Task _previousBatch = Task.CompletedTask;

    public KeyBatcher(
        Func<IReadOnlyList<TKey>, CancellationToken, Task<Func<TKey, TResult>>> fetchAsync,
        int maxBatchSize)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(maxBatchSize, 1);
        _fetchAsync = fetchAsync;
        _maxBatchSize = maxBatchSize;
    }

    public PendingLoad<TKey, TResult> Enqueue(TKey key)
    {
        ArgumentNullException.ThrowIfNull(key);
        lock (_gate)
        {
            if (!_entries.TryGetValue(key, out var entry))
            {
                // Continuations run asynchronously so that completing a batch never runs
                // resolver code on the dispatching thread while it still completes other keys.
                entry = new TaskCompletionSource<TResult>(TaskCreationOptions.RunContinuationsAsynchronously);
                _entries.Add(key, entry);
                _queued.Add(key);
            }

            return new PendingLoad<TKey, TResult>(this, entry.Task);
        }
    }

    public async Task<TResult> WaitAsync(Task<TResult> entry, CancellationToken cancellationToken)
    {
        if (!entry.IsCompleted)
        {
            await DispatchQueuedAsync(cancellationToken);
        }

        return await entry.WaitAsync(cancellationToken);
    }

    private async Task DispatchQueuedAsync(CancellationToken cancellationToken)
    {
        List<TKey> keys;
        Task previous;
        var done = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        lock (_gate)
        {
            if (_queued.Count == 0)
            {
                return;
            }

            keys = _queued;
            _queued = [];
            previous = _previousBatch;
            _previousBatch = done.Task;
        }

        try
        {
            await previous;
            await FetchInChunksAsync(keys, cancellationToken);
        }
        finally
        {
            done.SetResult();
        }
    }

    private async Task FetchInChunksAsync(List<TKey> keys, CancellationToken cancellationToken)
    {
        foreach (var chunk in keys.Chunk(_maxBatchSize))
        {
            if (cancellationToken.IsCancellationRequested)
            {
                Fail(chunk, new OperationCanceledException(cancellationToken));
                continue;
            }

            try
            {
                var lookup = await _fetchAsync(chunk, cancellationToken);
                Complete(chunk, lookup);
            }
            catch (Exception exception) when (exception is not OutOfMemoryException)
            {
                Fail(chunk, exception);
            }
        }
    }

    private void Complete(TKey[] chunk, Func<TKey, TResult> lookup)
    {
        foreach (var key in chunk)
        {
            TaskCompletionSource<TResult> entry;
            lock (_gate)
            {
                entry = _entries[key];
            }

            try
            {
                entry.TrySetResult(lookup(key));
            }
            catch (Exception exception) when (exception is not OutOfMemoryException)
            {
                Forget(key);
                entry.TrySetException(exception);
            }
        }
    }

    // A failed key leaves the cache so that a later load asks the source again instead of
    // replaying the failure for the rest of the request.
    private void Fail(TKey[] chunk, Exception exception)
    {
        foreach (var key in chunk)
        {
            var entry = Forget(key);
            if (exception is OperationCanceledException canceled)
            {
                entry?.TrySetCanceled(canceled.CancellationToken);
            }
            else
            {
                entry?.TrySetException(exception);
            }
        }
    }

    private TaskCompletionSource<TResult>? Forget(TKey key)
    {
        lock (_gate)
        {
            return _entries.Remove(key, out var entry) ? entry : null;
        }
    }
}
