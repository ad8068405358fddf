using GraphQL.DataLoader;

namespace Headless.GraphQL.DataLoading;

/// <summary>
/// A deferred result that continues with another loader. GraphQL.NET's execution strategies call
/// the untyped <see cref="IDataLoaderResult.GetResultAsync"/> and, when it yields another pending
/// result, queue that result behind the current step. Handing back the second load unawaited lets
/// all parents of a step queue their keys before the second loader dispatches.
/// </summary>
internal sealed class ChainedDataLoaderResult<T, TResult> : IDataLoaderResult<TResult>
{
    private readonly IDataLoaderResult<T> _source;
    private readonly Func<T, IDataLoaderResult<TResult>> _next;

    public ChainedDataLoaderResult(IDataLoaderResult<T> source, Func<T, IDataLoaderResult<TResult>> next)
    {
        _source = source;
        _next = next;
    }

    public async Task<TResult> GetResultAsync(CancellationToken cancellationToken = default)
    {
        var pending = await QueueNextAsync(cancellationToken);
        return await pending.GetResultAsync(cancellationToken);
    }

    async Task<object?> IDataLoaderResult.GetResultAsync(CancellationToken cancellationToken)
        => await QueueNextAsync(cancellationToken);

    private async Task<IDataLoaderResult<TResult>> QueueNextAsync(CancellationToken cancellationToken)
    {
        var value = await _source.GetResultAsync(cancellationToken);
        return _next(value) ?? throw new InvalidOperationException("A chained load returned no pending result.");
    }
}
