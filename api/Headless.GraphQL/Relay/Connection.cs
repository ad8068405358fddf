namespace Headless.GraphQL.Relay;

/// <summary>
/// One page of a cursor connection. <paramref name="TotalCount"/> is only invoked when a client
/// selects <c>totalCount</c>, since counting can cost as much as fetching.
/// </summary>
public sealed record Connection<T>(
    IReadOnlyList<Edge<T>> Edges,
    PageInfo PageInfo,
    Func<CancellationToken, Task<int>> TotalCount);
