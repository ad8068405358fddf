using Headless.GraphQL.Relay;
using Headless.GraphQL.Tests.Relay.Library;

namespace Headless.GraphQL.Tests.Relay;

public sealed class ConnectionTypeTests
{
    [Fact]
    public async Task A_connection_field_returns_edges_nodes_and_page_info()
    {
        var data = LibraryData.WithBooks(5);
        using var host = LibraryHost.Create(data);

        var response = await host.ExecuteAsync("""
            {
              books(first: 2) {
                edges { cursor node { title } }
                nodes { title }
                pageInfo { hasNextPage hasPreviousPage startCursor endCursor }
              }
            }
            """);

        response.AssertNoErrors();
        var books = response.Data.GetProperty("books");
        var edges = books.GetProperty("edges").EnumerateArray().ToArray();
        Assert.Equal(["Book 0", "Book 1"], edges.Select(edge => edge.GetProperty("node").GetProperty("title").GetString()));
        Assert.Equal(["Book 0", "Book 1"], books.GetProperty("nodes").EnumerateArray().Select(n => n.GetProperty("title").GetString()));
        var pageInfo = books.GetProperty("pageInfo");
        Assert.True(pageInfo.GetProperty("hasNextPage").GetBoolean());
        Assert.False(pageInfo.GetProperty("hasPreviousPage").GetBoolean());
        Assert.Equal(edges[0].GetProperty("cursor").GetString(), pageInfo.GetProperty("startCursor").GetString());
        Assert.Equal(edges[1].GetProperty("cursor").GetString(), pageInfo.GetProperty("endCursor").GetString());
    }

    [Fact]
    public async Task Total_count_is_only_computed_when_selected()
    {
        var data = LibraryData.WithBooks(7);
        using var host = LibraryHost.Create(data);

        var without = await host.ExecuteAsync("{ books(first: 2) { nodes { title } } }");
        var countsWithout = data.CountCalls;
        var with = await host.ExecuteAsync("{ books(first: 2) { totalCount } }");

        without.AssertNoErrors();
        with.AssertNoErrors();
        Assert.Equal(0, countsWithout);
        Assert.Equal(1, data.CountCalls);
        Assert.Equal(7, with.Data.GetProperty("books").GetProperty("totalCount").GetInt32());
    }

    [Fact]
    public async Task The_default_page_size_of_the_field_applies()
    {
        var data = LibraryData.WithBooks(7);
        using var host = LibraryHost.Create(data);

        var response = await host.ExecuteAsync("{ books { nodes { title } } }");

        response.AssertNoErrors();
        Assert.Equal(LibraryQuery.ShelfPaging.DefaultPageSize, response.Data.GetProperty("books").GetProperty("nodes").GetArrayLength());
    }

    [Theory]
    [InlineData("first: 6")]
    [InlineData("first: -1")]
    [InlineData("first: 1, last: 1")]
    [InlineData("after: \"garbage\"")]
    public async Task Invalid_paging_is_a_field_error_with_a_code(string arguments)
    {
        var data = LibraryData.WithBooks(3);
        using var host = LibraryHost.Create(data);

        var response = await host.ExecuteAsync($"{{ books({arguments}) {{ nodes {{ title }} }} }}");

        Assert.Equal([PaginationError.ErrorCode], response.ErrorCodes);
        Assert.Empty(data.PageFetches);
    }
}
