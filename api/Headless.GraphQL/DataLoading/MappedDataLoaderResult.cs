using GraphQL.DataLoader;

namespace Headless.GraphQL.DataLoading;

/// <summary>A deferred result whose value is computed from another deferred result.</summary>
internal sealed class MappedDataLoaderResult<T, TResult> : IDataLoaderResult<TResult>
{
    private readonly IDataLoaderResult<T> _source;
    private readonly Func<T, CancellationToken, Task<TResult>> _selector;

    public MappedDataLoaderResult(IDataLoaderResult<T> source, Func<T, CancellationToken, Task<TResult>> selector)
    {
        _source = source;
        _selector = selector;
    }

    public async Task<TResult> GetResultAsync(CancellationToken cancellationToken = default)
    {
        var value = await _source.GetResultAsync(cancellationToken);
        return await _selector(value, cancellationToken);
    }

    async Task<object?> IDataLoaderResult.GetResultAsync(CancellationToken cancellationToken)
        => await GetResultAsync(cancellationToken);
}
