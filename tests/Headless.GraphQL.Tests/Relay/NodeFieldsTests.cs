using System.Text.Json;
using Headless.GraphQL.Relay;
using Headless.GraphQL.Tests.Relay.Library;

namespace Headless.GraphQL.Tests.Relay;

public sealed class NodeFieldsTests
{
    private const string NodeQuery = """
        query($id: ID!) {
          node(id: $id) {
            __typename
            id
            ... on Book { title }
            ... on Author { name }
          }
        }
        """;

    [Fact]
    public async Task Node_refetches_an_object_by_its_global_id()
    {
        var data = LibraryData.WithBooks(2);
        using var host = LibraryHost.Create(data);
        var book = data.Books[1];

        var response = await host.ExecuteAsync(NodeQuery, new { id = GlobalId.Encode("Book", book.Id) });

        response.AssertNoErrors();
        var node = response.Data.GetProperty("node");
        Assert.Equal("Book", node.GetProperty("__typename").GetString());
        Assert.Equal(GlobalId.Encode("Book", book.Id), node.GetProperty("id").GetString());
        Assert.Equal(book.Title, node.GetProperty("title").GetString());
    }

    [Fact]
    public async Task Node_resolves_each_type_through_its_own_resolver()
    {
        var data = LibraryData.WithBooks(1);
        using var host = LibraryHost.Create(data);
        var author = data.Authors[0];

        var response = await host.ExecuteAsync(NodeQuery, new { id = GlobalId.Encode("Author", author.Id) });

        response.AssertNoErrors();
        var node = response.Data.GetProperty("node");
        Assert.Equal("Author", node.GetProperty("__typename").GetString());
        Assert.Equal(author.Name, node.GetProperty("name").GetString());
        Assert.Equal([("Author", new[] { author.Id })], data.NodeLookups.Select(l => (l.TypeName, l.Ids)));
    }

    public static TheoryData<string> UnresolvableIds => new()
    {
        "garbage",
        GlobalId.Encode("Book", Guid.NewGuid()),
        GlobalId.Encode("Publisher", Guid.NewGuid()),
    };

    [Theory]
    [MemberData(nameof(UnresolvableIds))]
    public async Task Node_is_null_without_error_for_unknown_or_malformed_ids(string id)
    {
        using var host = LibraryHost.Create(LibraryData.WithBooks(1));

        var response = await host.ExecuteAsync(NodeQuery, new { id });

        response.AssertNoErrors();
        Assert.Equal(JsonValueKind.Null, response.Data.GetProperty("node").ValueKind);
    }

    [Fact]
    public async Task Node_is_null_for_an_object_the_caller_may_not_see()
    {
        var data = LibraryData.WithBooks(1);
        var restricted = new Book(Guid.NewGuid(), "Restricted", data.Authors[0].Id, Restricted: true);
        data.Books.Add(restricted);
        using var host = LibraryHost.Create(data);

        var response = await host.ExecuteAsync(NodeQuery, new { id = GlobalId.Encode("Book", restricted.Id) });

        response.AssertNoErrors();
        Assert.Equal(JsonValueKind.Null, response.Data.GetProperty("node").ValueKind);
    }

    [Fact]
    public async Task Nodes_keeps_the_input_order_and_resolves_each_type_once()
    {
        var data = LibraryData.WithBooks(3);
        var restricted = new Book(Guid.NewGuid(), "Restricted", data.Authors[0].Id, Restricted: true);
        data.Books.Add(restricted);
        using var host = LibraryHost.Create(data);
        var ids = new[]
        {
            GlobalId.Encode("Book", data.Books[2].Id),
            GlobalId.Encode("Author", data.Authors[0].Id),
            "garbage",
            GlobalId.Encode("Book", restricted.Id),
            GlobalId.Encode("Book", data.Books[0].Id),
            GlobalId.Encode("Book", Guid.NewGuid()),
            GlobalId.Encode("Book", data.Books[2].Id),
        };

        var response = await host.ExecuteAsync("query($ids: [ID!]!) { nodes(ids: $ids) { id } }", new { ids });

        response.AssertNoErrors();
        var returned = response.Data.GetProperty("nodes").EnumerateArray()
            .Select(node => node.ValueKind == JsonValueKind.Null ? null : node.GetProperty("id").GetString());
        Assert.Equal([ids[0], ids[1], null, null, ids[4], null, ids[6]], returned);
        Assert.Equal(["Author", "Book"], data.NodeLookups.Select(lookup => lookup.TypeName).Order());
        var bookLookup = Assert.Single(data.NodeLookups, lookup => lookup.TypeName == "Book");
        Assert.Equal(4, bookLookup.Ids.Length);
    }

    [Fact]
    public async Task Nodes_refuses_more_ids_than_the_cap()
    {
        var data = LibraryData.WithBooks(1);
        using var host = LibraryHost.Create(data);
        var ids = Enumerable.Range(0, 11).Select(_ => GlobalId.Encode("Book", data.Books[0].Id)).ToArray();

        var response = await host.ExecuteAsync("query($ids: [ID!]!) { nodes(ids: $ids) { id } }", new { ids });

        Assert.Equal([NodeFields.TooManyIdsCode], response.ErrorCodes);
        Assert.Empty(data.NodeLookups);
    }
}
