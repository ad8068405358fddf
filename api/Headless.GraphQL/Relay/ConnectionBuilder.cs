using GraphQL;

namespace Headless.GraphQL.Relay;

/// <summary>
/// Builds connection pages over any ordered source given as two delegates, a page fetch
/// (<c>skip</c>, <c>take</c>) and a count, with opaque offset cursors.
/// </summary>
public static class ConnectionBuilder
{
    /// <summary>
    /// Builds the page that <paramref name="arguments"/> ask for. Paging forward fetches one item
    /// more than the page to learn whether a next page exists; paging backward without
    /// <c>before</c> needs the count to find the end. Invalid arguments throw a
    /// <see cref="PaginationError"/>, reported to the client as a field error.
    /// </summary>
    public static async Task<Connection<T>> BuildAsync<T>(
        ConnectionArguments arguments,
        ConnectionOptions options,
        Func<int, int, CancellationToken, Task<IReadOnlyList<T>>> fetch,
        Func<CancellationToken, Task<int>> count,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(arguments);
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(fetch);
        ArgumentNullException.ThrowIfNull(count);
        options.Validate();

        var request = PageRequest.From(arguments, options);
        var total = new SharedCount(count);
        var page = request.Last is { } last
            ? await BackwardAsync(request, last, fetch, total, cancellationToken)
            : await ForwardAsync(request, request.First!.Value, fetch, cancellationToken);
        return new Connection<T>(page.Edges, page.PageInfo, total.GetAsync);
    }

    /// <summary>Builds the page for a connection field, reading its paging arguments and cancellation.</summary>
    public static Task<Connection<T>> BuildAsync<T>(
        IResolveFieldContext context,
        ConnectionOptions options,
        Func<int, int, CancellationToken, Task<IReadOnlyList<T>>> fetch,
        Func<CancellationToken, Task<int>> count)
    {
        ArgumentNullException.ThrowIfNull(context);
        return BuildAsync(ConnectionArguments.From(context), options, fetch, count, context.CancellationToken);
    }

    private static async Task<(IReadOnlyList<Edge<T>> Edges, PageInfo PageInfo)> ForwardAsync<T>(
        PageRequest request,
        int first,
        Func<int, int, CancellationToken, Task<IReadOnlyList<T>>> fetch,
        CancellationToken cancellationToken)
    {
        var start = request.Start;
        long wanted = first + 1L;
        if (request.BeforeOffset is { } before)
        {
            wanted = Math.Min(wanted, Math.Max(0, before - start));
        }

        var items = wanted > 0 ? await fetch(start, (int)wanted, cancellationToken) : [];
        var available = Math.Min(items.Count, wanted);
        var edges = ToEdges(items, start, (int)Math.Min(available, first));
        var pageInfo = ToPageInfo(edges, hasNextPage: available > first, hasPreviousPage: start > 0);
        return (edges, pageInfo);
    }

    private static async Task<(IReadOnlyList<Edge<T>> Edges, PageInfo PageInfo)> BackwardAsync<T>(
        PageRequest request,
        int last,
        Func<int, int, CancellationToken, Task<IReadOnlyList<T>>> fetch,
        SharedCount total,
        CancellationToken cancellationToken)
    {
        var start = request.Start;
        var totalCount = await total.GetAsync(cancellationToken);
        var end = Math.Min(request.BeforeOffset ?? totalCount, totalCount);
        var pageStart = Math.Max(start, end - last);
        var take = end - pageStart;

        var items = take > 0 ? await fetch(pageStart, take, cancellationToken) : [];
        var edges = ToEdges(items, pageStart, Math.Max(0, Math.Min(items.Count, take)));
        var pageInfo = ToPageInfo(edges, hasNextPage: end < totalCount, hasPreviousPage: pageStart > start);
        return (edges, pageInfo);
    }

    private static Edge<T>[] ToEdges<T>(IReadOnlyList<T> items, int firstOffset, int count)
    {
        var edges = new Edge<T>[count];
        for (var i = 0; i < count; i++)
        {
            edges[i] = new Edge<T>(OffsetCursor.Encode(firstOffset + i), items[i]);
        }

        return edges;
    }

    private static PageInfo ToPageInfo<T>(Edge<T>[] edges, bool hasNextPage, bool hasPreviousPage)
        => new(
            hasNextPage,
            hasPreviousPage,
            edges.Length > 0 ? edges[0].Cursor : null,
            edges.Length > 0 ? edges[^1].Cursor : null);
}
