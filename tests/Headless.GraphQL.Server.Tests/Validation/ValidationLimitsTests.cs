using System.Net;
using Headless.GraphQL.Server.Tests.Infrastructure;

namespace Headless.GraphQL.Server.Tests.Validation;

public sealed class ValidationLimitsTests
{
    private static string NestedQuery(int depth) =>
        "{ nested { " + string.Concat(Enumerable.Repeat("child { ", depth - 2)) + "value" + new string('}', depth - 1) + " }";

    [Fact]
    public async Task An_operation_deeper_than_MaxDepth_is_refused()
    {
        await using var server = await GraphQLTestServer.StartAsync(o => o.MaxDepth = 4);

        var response = await server.Client.PostGraphQLAsync(new { query = NestedQuery(6) });

        Assert.Equal(HttpStatusCode.BadRequest, response.Status);
        Assert.Contains("depth", response.FirstErrorMessage, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task An_operation_within_MaxDepth_runs()
    {
        await using var server = await GraphQLTestServer.StartAsync(o => o.MaxDepth = 4);

        var response = await server.Client.PostGraphQLAsync(new { query = NestedQuery(4) });

        Assert.Equal(HttpStatusCode.OK, response.Status);
        Assert.Equal(1, response.Json["data"]!["nested"]!["child"]!["child"]!["value"]!.GetValue<int>());
    }

    [Fact]
    public async Task An_operation_more_complex_than_MaxComplexity_is_refused()
    {
        await using var server = await GraphQLTestServer.StartAsync(o => o.MaxComplexity = 100);

        var response = await server.Client.PostGraphQLAsync(new { query = "{ nestedList { children { children { value } } } }" });

        Assert.Equal(HttpStatusCode.BadRequest, response.Status);
        Assert.Contains("complexity", response.FirstErrorMessage, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task An_operation_within_MaxComplexity_runs()
    {
        await using var server = await GraphQLTestServer.StartAsync(o => o.MaxComplexity = 100);

        var response = await server.Client.PostGraphQLAsync(new { query = "{ nestedList { value } }" });

        Assert.Equal(HttpStatusCode.OK, response.Status);
    }

    [Fact]
    public async Task More_aliases_than_MaxAliases_are_refused_with_their_own_code()
    {
        await using var server = await GraphQLTestServer.StartAsync(o => o.MaxAliases = 2);

        var response = await server.Client.PostGraphQLAsync(new { query = "{ a: hello b: hello c: hello }" });

        Assert.Equal(HttpStatusCode.BadRequest, response.Status);
        Assert.Equal("MAX_ALIASES_EXCEEDED", response.FirstErrorCode);
    }

    [Fact]
    public async Task Aliases_inside_fragments_count_toward_MaxAliases()
    {
        await using var server = await GraphQLTestServer.StartAsync(o => o.MaxAliases = 2);

        var response = await server.Client.PostGraphQLAsync(new
        {
            query = "{ a: hello ...F } fragment F on Query { b: hello nested { c: value } }",
        });

        Assert.Equal(HttpStatusCode.BadRequest, response.Status);
        Assert.Equal("MAX_ALIASES_EXCEEDED", response.FirstErrorCode);
    }

    [Fact]
    public async Task Aliases_up_to_MaxAliases_are_allowed()
    {
        await using var server = await GraphQLTestServer.StartAsync(o => o.MaxAliases = 2);

        var response = await server.Client.PostGraphQLAsync(new { query = "{ a: hello b: hello }" });

        Assert.Equal(HttpStatusCode.OK, response.Status);
        Assert.Equal("world", response.Json["data"]!["b"]!.GetValue<string>());
    }

    [Fact]
    public async Task A_full_introspection_query_passes_the_default_limits()
    {
        await using var server = await GraphQLTestServer.StartAsync();

        var response = await server.Client.PostGraphQLAsync(new { query = IntrospectionQuery.Full });

        Assert.True(HttpStatusCode.OK == response.Status, response.Body);
        Assert.Equal("Query", response.Json["data"]!["__schema"]!["queryType"]!["name"]!.GetValue<string>());
    }
}
