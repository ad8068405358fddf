using System.Net;
using Headless.GraphQL.Server.Tests.Infrastructure;

namespace Headless.GraphQL.Server.Tests.Http;

public sealed class RequestShapeTests
{
    [Theory]
    [InlineData("{\"query\": 1}", "'query'")]
    [InlineData("{\"query\": {\"a\": 1}}", "'query'")]
    [InlineData("{}", "'query'")]
    [InlineData("{\"query\": null}", "'query'")]
    [InlineData("{\"query\": \"{ hello }\", \"variables\": \"{}\"}", "'variables'")]
    [InlineData("{\"query\": \"{ hello }\", \"variables\": [1]}", "'variables'")]
    [InlineData("{\"query\": \"{ hello }\", \"extensions\": 3}", "'extensions'")]
    [InlineData("{\"query\": \"{ hello }\", \"operationName\": 5}", "'operationName'")]
    public async Task Parameters_of_the_wrong_json_type_get_400_naming_the_parameter(string body, string parameter)
    {
        await using var server = await GraphQLTestServer.StartAsync();

        var response = await server.Client.PostRawAsync(body, "application/json");

        Assert.Equal(HttpStatusCode.BadRequest, response.Status);
        Assert.Equal("INVALID_REQUEST", response.FirstErrorCode);
        Assert.Contains(parameter, response.FirstErrorMessage, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("42")]
    [InlineData("\"{ hello }\"")]
    [InlineData("null")]
    public async Task A_body_that_is_not_an_object_or_array_gets_400(string body)
    {
        await using var server = await GraphQLTestServer.StartAsync();

        var response = await server.Client.PostRawAsync(body, "application/json");

        Assert.Equal(HttpStatusCode.BadRequest, response.Status);
        Assert.Equal("INVALID_REQUEST", response.FirstErrorCode);
    }

    [Theory]
    [InlineData("")]
    [InlineData("{query: '{ hello }'}")]
    [InlineData("{\"query\": \"{ hello }\"} trailing")]
    public async Task Malformed_json_gets_400_invalid_json(string body)
    {
        await using var server = await GraphQLTestServer.StartAsync();

        var response = await server.Client.PostRawAsync(body, "application/json");

        Assert.Equal(HttpStatusCode.BadRequest, response.Status);
        Assert.Equal("INVALID_JSON", response.FirstErrorCode);
    }

    [Fact]
    public async Task An_unknown_operationName_gets_400_with_an_error()
    {
        await using var server = await GraphQLTestServer.StartAsync();

        var response = await server.Client.PostGraphQLAsync(new { query = "query A { hello }", operationName = "Missing" });

        Assert.Equal(HttpStatusCode.BadRequest, response.Status);
        Assert.Contains("Missing", response.FirstErrorMessage, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Several_operations_without_operationName_get_400_with_an_error()
    {
        await using var server = await GraphQLTestServer.StartAsync();

        var response = await server.Client.PostGraphQLAsync(new { query = "query A { hello } query B { hello }" });

        Assert.Equal(HttpStatusCode.BadRequest, response.Status);
        Assert.NotEmpty(response.FirstErrorMessage);
        Assert.False(response.Json.AsObject().ContainsKey("data"));
    }
}
