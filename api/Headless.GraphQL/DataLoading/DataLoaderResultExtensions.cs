using GraphQL.DataLoader;

namespace Headless.GraphQL.DataLoading;

/// <summary>Composes deferred loader results without giving up batching.</summary>
public static class DataLoaderResultExtensions
{
    /// <summary>Maps the loaded value once it is available.</summary>
    public static IDataLoaderResult<TResult> Then<T, TResult>(
        this IDataLoaderResult<T> source,
        Func<T, TResult> selector)
    {
        ArgumentNullException.ThrowIfNull(source);
        ArgumentNullException.ThrowIfNull(selector);
        return new MappedDataLoaderResult<T, TResult>(source, (value, _) => Task.FromResult(selector(value)));
    }

    /// <summary>Maps the loaded value with asynchronous work once it is available.</summary>
    public static IDataLoaderResult<TResult> Then<T, TResult>(
        this IDataLoaderResult<T> source,
        Func<T, CancellationToken, Task<TResult>> selector)
    {
        ArgumentNullException.ThrowIfNull(source);
        ArgumentNullException.ThrowIfNull(selector);
        return new MappedDataLoaderResult<T, TResult>(source, selector);
    }

    /// <summary>
    /// Feeds the loaded value into another loader. The second load is queued, not awaited, so the
    /// keys of every parent in the same execution step still reach the second loader in one batch.
    /// </summary>
    public static IDataLoaderResult<TResult> Then<T, TResult>(
        this IDataLoaderResult<T> source,
        Func<T, IDataLoaderResult<TResult>> next)
    {
        ArgumentNullException.ThrowIfNull(source);
        ArgumentNullException.ThrowIfNull(next);
        return new ChainedDataLoaderResult<T, TResult>(source, next);
    }
}
