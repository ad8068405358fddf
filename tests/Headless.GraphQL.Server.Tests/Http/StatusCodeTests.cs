using System.Net;
using Headless.GraphQL.Server.Tests.Infrastructure;

namespace Headless.GraphQL.Server.Tests.Http;

/// <summary>
/// application/json answers every well-formed request with 200; application/graphql-response+json
/// answers 400 whenever execution did not start.
/// </summary>
public sealed class StatusCodeTests
{
    private const string Json = "application/json";
    private const string GraphQLResponseJson = "application/graphql-response+json";

    [Theory]
    [InlineData(Json, HttpStatusCode.OK)]
    [InlineData(GraphQLResponseJson, HttpStatusCode.BadRequest)]
    public async Task A_document_that_does_not_parse(string accept, HttpStatusCode expected)
    {
        await using var server = await GraphQLTestServer.StartAsync();

        var response = await server.Client.PostGraphQLAsync(new { query = "{ hello " }, accept);

        AssertRequestError(response, accept, expected);
    }

    [Theory]
    [InlineData(Json, HttpStatusCode.OK)]
    [InlineData(GraphQLResponseJson, HttpStatusCode.BadRequest)]
    public async Task A_document_that_does_not_validate(string accept, HttpStatusCode expected)
    {
        await using var server = await GraphQLTestServer.StartAsync();

        var response = await server.Client.PostGraphQLAsync(new { query = "{ unknownField }" }, accept);

        AssertRequestError(response, accept, expected);
    }

    [Theory]
    [InlineData(Json, HttpStatusCode.OK)]
    [InlineData(GraphQLResponseJson, HttpStatusCode.BadRequest)]
    public async Task Variables_that_do_not_coerce(string accept, HttpStatusCode expected)
    {
        await using var server = await GraphQLTestServer.StartAsync();

        var response = await server.Client.PostGraphQLAsync(
            new { query = "query ($text: String!) { echo(text: $text) }", variables = new { text = (string?)null } },
            accept);

        AssertRequestError(response, accept, expected);
    }

    [Theory]
    [InlineData(Json)]
    [InlineData(GraphQLResponseJson)]
    public async Task A_field_error_after_execution_started_is_200_with_data(string accept)
    {
        await using var server = await GraphQLTestServer.StartAsync();

        var response = await server.Client.PostGraphQLAsync(new { query = "{ hello boom }" }, accept);

        Assert.Equal(HttpStatusCode.OK, response.Status);
        Assert.Equal(accept, response.MediaType);
        Assert.Equal("world", response.Json["data"]!["hello"]!.GetValue<string>());
        Assert.Single(response.Errors);
    }

    [Theory]
    [InlineData(Json)]
    [InlineData(GraphQLResponseJson)]
    public async Task Malformed_json_is_400_whatever_the_media_type(string accept)
    {
        await using var server = await GraphQLTestServer.StartAsync();

        var response = await server.Client.PostRawAsync("{\"query\": \"{ hello }\"", "application/json", accept);

        Assert.Equal(HttpStatusCode.BadRequest, response.Status);
        Assert.Equal(accept, response.MediaType);
        Assert.Equal("INVALID_JSON", response.FirstErrorCode);
    }

    [Theory]
    [InlineData(Json)]
    [InlineData(GraphQLResponseJson)]
    public async Task A_missing_query_is_400_whatever_the_media_type(string accept)
    {
        await using var server = await GraphQLTestServer.StartAsync();

        var response = await server.Client.PostGraphQLAsync(new { operationName = "A" }, accept);

        Assert.Equal(HttpStatusCode.BadRequest, response.Status);
        Assert.Equal("INVALID_REQUEST", response.FirstErrorCode);
        Assert.Contains("'query'", response.FirstErrorMessage, StringComparison.Ordinal);
    }

    private static void AssertRequestError(GraphQLResponse response, string accept, HttpStatusCode expected)
    {
        Assert.Equal(expected, response.Status);
        Assert.Equal(accept, response.MediaType);
        Assert.NotEmpty(response.Errors);
        Assert.False(response.Json.AsObject().ContainsKey("data"), "A request error has no data entry.");
    }
}
