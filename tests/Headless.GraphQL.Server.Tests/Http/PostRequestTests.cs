using System.Net;
using Headless.GraphQL.Server.Tests.Infrastructure;

namespace Headless.GraphQL.Server.Tests.Http;

public sealed class PostRequestTests
{
    [Fact]
    public async Task A_query_returns_its_data_as_graphql_response_json_in_utf8()
    {
        await using var server = await GraphQLTestServer.StartAsync();

        var response = await server.Client.PostGraphQLAsync(new { query = "{ hello }" });

        Assert.Equal(HttpStatusCode.OK, response.Status);
        Assert.Equal("application/graphql-response+json", response.MediaType);
        Assert.Contains("charset=utf-8", response.ContentType, StringComparison.Ordinal);
        Assert.Equal("world", response.Json["data"]!["hello"]!.GetValue<string>());
    }

    [Fact]
    public async Task Variables_reach_the_resolvers()
    {
        await using var server = await GraphQLTestServer.StartAsync();

        var response = await server.Client.PostGraphQLAsync(new
        {
            query = "query Echo($text: String!) { echo(text: $text) }",
            variables = new { text = "solidarity" },
        });

        Assert.Equal(HttpStatusCode.OK, response.Status);
        Assert.Equal("solidarity", response.Json["data"]!["echo"]!.GetValue<string>());
    }

    [Fact]
    public async Task The_operation_named_by_operationName_is_the_one_executed()
    {
        await using var server = await GraphQLTestServer.StartAsync();

        var response = await server.Client.PostGraphQLAsync(new
        {
            query = "query A { hello } query B { echo(text: \"b\") }",
            operationName = "B",
        });

        Assert.Equal(HttpStatusCode.OK, response.Status);
        Assert.Equal("b", response.Json["data"]!["echo"]!.GetValue<string>());
        Assert.Null(response.Json["data"]!["hello"]);
    }

    [Fact]
    public async Task A_mutation_over_post_runs()
    {
        await using var server = await GraphQLTestServer.StartAsync();

        var response = await server.Client.PostGraphQLAsync(new { query = "mutation { increment }" });

        Assert.Equal(HttpStatusCode.OK, response.Status);
        Assert.Equal(1, response.Json["data"]!["increment"]!.GetValue<int>());
    }

    [Fact]
    public async Task Json_with_an_explicit_utf8_charset_is_accepted()
    {
        await using var server = await GraphQLTestServer.StartAsync();

        var response = await server.Client.PostRawAsync("{\"query\":\"{ hello }\"}", "application/json; charset=UTF-8");

        Assert.Equal(HttpStatusCode.OK, response.Status);
        Assert.Equal("world", response.Json["data"]!["hello"]!.GetValue<string>());
    }

    [Fact]
    public async Task Other_methods_get_405_with_the_allowed_methods()
    {
        await using var server = await GraphQLTestServer.StartAsync();

        using var request = new HttpRequestMessage(HttpMethod.Put, "/graphql");
        var response = await GraphQLResponse.ReadAsync(await server.Client.SendAsync(request));

        Assert.Equal(HttpStatusCode.MethodNotAllowed, response.Status);
        Assert.Equal("GET, POST", string.Join(", ", response.Message.Content.Headers.Allow));
        Assert.Equal("METHOD_NOT_ALLOWED", response.FirstErrorCode);
    }
}
