using GraphQL.DataLoader;

namespace Headless.GraphQL.DataLoading;

/// <summary>A deferred result whose value was known from the start.</summary>
internal sealed class CompletedDataLoaderResult<T> : IDataLoaderResult<T>
{
    private readonly Task<T> _value;

    public CompletedDataLoaderResult(T value) => _value = Task.FromResult(value);

    public Task<T> GetResultAsync(CancellationToken cancellationToken = default) => _value;

    async Task<object?> IDataLoaderResult.GetResultAsync(CancellationToken cancellationToken) => await _value;
}
