using Headless.GraphQL.Relay;

namespace Headless.GraphQL.Tests.Relay;

public sealed class ConnectionBuilderTests
{
    private static int[] Nodes(Connection<int> page) => page.Edges.Select(edge => edge.Node).ToArray();

    [Fact]
    public async Task An_empty_list_gives_an_empty_page_without_cursors()
    {
        var page = await new PagedList(0).PageAsync(first: 5);

        Assert.Empty(page.Edges);
        Assert.Equal(new PageInfo(false, false, null, null), page.PageInfo);
        Assert.Equal(0, await page.TotalCount(CancellationToken.None));
    }

    [Fact]
    public async Task Without_first_or_last_the_default_page_size_applies()
    {
        var page = await new PagedList(9).PageAsync();

        Assert.Equal([0, 1, 2, 3], Nodes(page));
        Assert.True(page.PageInfo.HasNextPage);
    }

    [Fact]
    public async Task A_page_that_ends_exactly_at_the_end_has_no_next_page()
    {
        var page = await new PagedList(5).PageAsync(first: 5);

        Assert.Equal([0, 1, 2, 3, 4], Nodes(page));
        Assert.False(page.PageInfo.HasNextPage);
        Assert.False(page.PageInfo.HasPreviousPage);
    }

    [Fact]
    public async Task Paging_forward_fetches_one_extra_item_and_never_counts()
    {
        var list = new PagedList(12);

        var page = await list.PageAsync(first: 5);

        Assert.Equal([(0, 6)], list.Fetches);
        Assert.Equal(0, list.CountCalls);
        Assert.True(page.PageInfo.HasNextPage);
        Assert.Equal(page.Edges[0].Cursor, page.PageInfo.StartCursor);
        Assert.Equal(page.Edges[^1].Cursor, page.PageInfo.EndCursor);
    }

    [Fact]
    public async Task Paging_forward_after_the_end_cursor_continues_where_the_page_ended()
    {
        var list = new PagedList(12);
        var first = await list.PageAsync(first: 5);

        var second = await list.PageAsync(first: 5, after: first.PageInfo.EndCursor);
        var third = await list.PageAsync(first: 5, after: second.PageInfo.EndCursor);

        Assert.Equal([5, 6, 7, 8, 9], Nodes(second));
        Assert.True(second.PageInfo.HasPreviousPage);
        Assert.True(second.PageInfo.HasNextPage);
        Assert.Equal([10, 11], Nodes(third));
        Assert.False(third.PageInfo.HasNextPage);
        Assert.True(third.PageInfo.HasPreviousPage);
    }

    [Fact]
    public async Task After_the_last_cursor_the_page_is_empty()
    {
        var list = new PagedList(3);
        var all = await list.PageAsync(first: 3);

        var beyond = await list.PageAsync(first: 3, after: all.PageInfo.EndCursor);

        Assert.Empty(beyond.Edges);
        Assert.False(beyond.PageInfo.HasNextPage);
        Assert.True(beyond.PageInfo.HasPreviousPage);
        Assert.Null(beyond.PageInfo.EndCursor);
    }

    [Fact]
    public async Task Paging_backward_takes_the_end_of_the_list()
    {
        var list = new PagedList(12);

        var last = await list.PageAsync(last: 5);
        var before = await list.PageAsync(last: 5, before: last.PageInfo.StartCursor);
        var start = await list.PageAsync(last: 5, before: before.PageInfo.StartCursor);

        Assert.Equal([7, 8, 9, 10, 11], Nodes(last));
        Assert.False(last.PageInfo.HasNextPage);
        Assert.True(last.PageInfo.HasPreviousPage);
        Assert.Equal([2, 3, 4, 5, 6], Nodes(before));
        Assert.True(before.PageInfo.HasNextPage);
        Assert.Equal([0, 1], Nodes(start));
        Assert.False(start.PageInfo.HasPreviousPage);
        Assert.True(start.PageInfo.HasNextPage);
    }

    [Fact]
    public async Task Paging_backward_counts_once_even_when_total_count_is_read()
    {
        var list = new PagedList(12);

        var page = await list.PageAsync(last: 3);
        var total = await page.TotalCount(CancellationToken.None);

        Assert.Equal(12, total);
        Assert.Equal(1, list.CountCalls);
        Assert.Equal([(9, 3)], list.Fetches);
    }

    [Fact]
    public async Task After_and_before_together_bound_the_page_on_both_sides()
    {
        var list = new PagedList(12);

        var forward = await list.PageAsync(first: 10, after: OffsetCursor.Encode(2), before: OffsetCursor.Encode(7));
        var backward = await list.PageAsync(last: 2, after: OffsetCursor.Encode(2), before: OffsetCursor.Encode(7));

        Assert.Equal([3, 4, 5, 6], Nodes(forward));
        Assert.False(forward.PageInfo.HasNextPage);
        Assert.Equal([5, 6], Nodes(backward));
        Assert.True(backward.PageInfo.HasPreviousPage);
        Assert.True(backward.PageInfo.HasNextPage);
    }

    [Fact]
    public async Task A_first_of_zero_returns_no_edges_but_tells_whether_items_exist()
    {
        var page = await new PagedList(3).PageAsync(first: 0);

        Assert.Empty(page.Edges);
        Assert.True(page.PageInfo.HasNextPage);
    }

    [Theory]
    [InlineData(0, 1)]
    [InlineData(1, 1)]
    [InlineData(7, 3)]
    [InlineData(20, 4)]
    [InlineData(20, 10)]
    public async Task Walking_every_page_forward_or_backward_visits_each_item_once(int count, int pageSize)
    {
        var list = new PagedList(count);
        var forward = new List<int>();
        var backward = new List<int>();

        for (var page = await list.PageAsync(first: pageSize); ; page = await list.PageAsync(first: pageSize, after: page.PageInfo.EndCursor))
        {
            forward.AddRange(Nodes(page));
            if (!page.PageInfo.HasNextPage)
            {
                break;
            }
        }

        for (var page = await list.PageAsync(last: pageSize); ; page = await list.PageAsync(last: pageSize, before: page.PageInfo.StartCursor))
        {
            backward.InsertRange(0, Nodes(page));
            if (!page.PageInfo.HasPreviousPage)
            {
                break;
            }
        }

        Assert.Equal(Enumerable.Range(0, count), forward);
        Assert.Equal(Enumerable.Range(0, count), backward);
    }

    public static TheoryData<int?, string?, int?, string?, string> InvalidArguments => new()
    {
        { -1, null, null, null, "'first'" },
        { 11, null, null, null, "'first'" },
        { null, null, -1, null, "'last'" },
        { null, null, 11, null, "'last'" },
        { 2, null, 2, null, "'first' or 'last'" },
        { 2, "not-a-cursor", null, null, "'after'" },
        { null, null, 2, "bm9wZQ", "'before'" },
    };

    [Theory]
    [MemberData(nameof(InvalidArguments))]
    public async Task Invalid_arguments_are_a_pagination_error(int? first, string? after, int? last, string? before, string mentioned)
    {
        var list = new PagedList(5);

        var error = await Assert.ThrowsAsync<PaginationError>(() => list.PageAsync(first, after, last, before));

        Assert.Equal("INVALID_PAGINATION", error.Code);
        Assert.Contains(mentioned, error.Message, StringComparison.Ordinal);
        Assert.Empty(list.Fetches);
    }

    [Fact]
    public async Task Contradictory_options_are_refused()
    {
        var options = new ConnectionOptions { DefaultPageSize = 50, MaxPageSize = 10 };

        await Assert.ThrowsAsync<InvalidOperationException>(() => ConnectionBuilder.BuildAsync(
            new ConnectionArguments(null, null, null, null),
            options,
            (_, _, _) => Task.FromResult<IReadOnlyList<int>>([]),
            _ => Task.FromResult(0),
            CancellationToken.None));
    }
}
