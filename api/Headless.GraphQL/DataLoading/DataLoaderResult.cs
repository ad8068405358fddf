using GraphQL.DataLoader;

namespace Headless.GraphQL.DataLoading;

/// <summary>Factories for deferred results that need no loading.</summary>
public static class DataLoaderResult
{
    /// <summary>
    /// Wraps a value that is already known (for example a null foreign key) so a resolver can
    /// return the same type on every path.
    /// </summary>
    public static IDataLoaderResult<T> FromValue<T>(T value) => new CompletedDataLoaderResult<T>(value);
}
