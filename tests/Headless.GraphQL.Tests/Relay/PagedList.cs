using Headless.GraphQL.Relay;

namespace Headless.GraphQL.Tests.Relay;

/// <summary>An in-memory ordered source for <see cref="ConnectionBuilder"/> that records how it was read.</summary>
internal sealed class PagedList(int count)
{
    public static readonly ConnectionOptions Options = new() { DefaultPageSize = 4, MaxPageSize = 10 };

    public List<(int Skip, int Take)> Fetches { get; } = [];

    public int CountCalls { get; private set; }

    public Task<Connection<int>> PageAsync(int? first = null, string? after = null, int? last = null, string? before = null)
        => ConnectionBuilder.BuildAsync(new ConnectionArguments(first, after, last, before), Options, FetchAsync, CountAsync, CancellationToken.None);

    private Task<IReadOnlyList<int>> FetchAsync(int skip, int take, CancellationToken cancellationToken)
    {
        Fetches.Add((skip, take));
        IReadOnlyList<int> items = Enumerable.Range(0, count).Skip(skip).Take(take).ToArray();
        return Task.FromResult(items);
    }

    private Task<int> CountAsync(CancellationToken cancellationToken)
    {
        CountCalls++;
        return Task.FromResult(count);
    }
}
