using System.Net;
using Headless.GraphQL.Server.Caching;
using Headless.GraphQL.Server.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace Headless.GraphQL.Server.Tests.Caching;

public sealed class ParsedDocumentCacheTests
{
    [Fact]
    public async Task A_repeated_query_is_a_cache_hit_and_is_not_validated_again()
    {
        await using var server = await GraphQLTestServer.StartAsync();
        var cache = server.Services.GetRequiredService<ParsedDocumentCache>();

        var first = await server.Client.PostGraphQLAsync(new { query = "{ hello }" });
        var second = await server.Client.PostGraphQLAsync(new { query = "{ hello }" });

        Assert.Equal(HttpStatusCode.OK, first.Status);
        Assert.Equal("world", second.Json["data"]!["hello"]!.GetValue<string>());
        Assert.Equal(1, cache.Misses);
        Assert.Equal(1, cache.Hits);
        Assert.Equal(1, server.ValidationRuns.Runs);
    }

    [Fact]
    public async Task Documents_that_fail_validation_are_not_cached()
    {
        await using var server = await GraphQLTestServer.StartAsync();
        var cache = server.Services.GetRequiredService<ParsedDocumentCache>();

        await server.Client.PostGraphQLAsync(new { query = "{ unknownField }" });
        var second = await server.Client.PostGraphQLAsync(new { query = "{ unknownField }" });

        Assert.Equal(HttpStatusCode.BadRequest, second.Status);
        Assert.Equal(0, cache.Hits);
        Assert.Equal(2, cache.Misses);
        Assert.Equal(0, cache.Count);
        Assert.Equal(2, server.ValidationRuns.Runs);
    }

    [Fact]
    public async Task Each_operation_name_of_a_document_is_cached_on_its_own()
    {
        await using var server = await GraphQLTestServer.StartAsync();
        var cache = server.Services.GetRequiredService<ParsedDocumentCache>();
        const string query = "query A { hello } query B { echo(text: \"b\") }";

        await server.Client.PostGraphQLAsync(new { query, operationName = "A" });
        var b = await server.Client.PostGraphQLAsync(new { query, operationName = "B" });

        Assert.Equal("b", b.Json["data"]!["echo"]!.GetValue<string>());
        Assert.Equal(2, cache.Misses);
        Assert.Equal(2, cache.Count);
    }

    [Fact]
    public async Task The_least_recently_used_document_is_evicted_at_capacity()
    {
        await using var server = await GraphQLTestServer.StartAsync(o => o.DocumentCacheSize = 2);
        var cache = server.Services.GetRequiredService<ParsedDocumentCache>();

        await server.Client.PostGraphQLAsync(new { query = "{ a: hello }" });
        await server.Client.PostGraphQLAsync(new { query = "{ b: hello }" });
        await server.Client.PostGraphQLAsync(new { query = "{ a: hello }" });
        await server.Client.PostGraphQLAsync(new { query = "{ c: hello }" });
        await server.Client.PostGraphQLAsync(new { query = "{ a: hello }" });
        await server.Client.PostGraphQLAsync(new { query = "{ b: hello }" });

        Assert.Equal(2, cache.Count);
        Assert.Equal(2, cache.Hits);
        Assert.Equal(4, cache.Misses);
    }

    [Fact]
    public async Task A_cached_document_still_coerces_the_new_variables()
    {
        await using var server = await GraphQLTestServer.StartAsync();
        const string query = "query ($t: String!) { echo(text: $t) }";

        var first = await server.Client.PostGraphQLAsync(new { query, variables = new { t = "one" } });
        var second = await server.Client.PostGraphQLAsync(new { query, variables = new { t = (string?)null } });

        Assert.Equal("one", first.Json["data"]!["echo"]!.GetValue<string>());
        Assert.Equal(HttpStatusCode.BadRequest, second.Status);
        Assert.NotEmpty(second.Errors);
    }
}
