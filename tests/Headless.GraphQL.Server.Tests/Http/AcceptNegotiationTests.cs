using System.Net;
using Headless.GraphQL.Server.Tests.Infrastructure;

namespace Headless.GraphQL.Server.Tests.Http;

public sealed class AcceptNegotiationTests
{
    [Theory]
    [InlineData(null, "application/json")]
    [InlineData("*/*", "application/json")]
    [InlineData("application/json", "application/json")]
    [InlineData("application/json, application/graphql-response+json", "application/json")]
    [InlineData("application/graphql-response+json", "application/graphql-response+json")]
    [InlineData("application/graphql-response+json, application/json", "application/graphql-response+json")]
    [InlineData("application/graphql-response+json;q=0.5, application/json;q=0.9", "application/json")]
    [InlineData("text/xml, application/graphql-response+json", "application/graphql-response+json")]
    public async Task The_response_media_type_follows_the_Accept_header(string? accept, string expected)
    {
        await using var server = await GraphQLTestServer.StartAsync();

        var response = await server.Client.PostGraphQLAsync(new { query = "{ hello }" }, accept);

        Assert.Equal(HttpStatusCode.OK, response.Status);
        Assert.Equal(expected, response.MediaType);
        Assert.Equal("world", response.Json["data"]!["hello"]!.GetValue<string>());
    }

    [Theory]
    [InlineData("text/xml")]
    [InlineData("application/xml, text/plain")]
    [InlineData("application/graphql-response+json;q=0")]
    public async Task An_Accept_header_naming_only_unsupported_types_gets_406(string accept)
    {
        await using var server = await GraphQLTestServer.StartAsync();

        var response = await server.Client.PostGraphQLAsync(new { query = "{ hello }" }, accept);

        Assert.Equal(HttpStatusCode.NotAcceptable, response.Status);
        Assert.Equal("NOT_ACCEPTABLE", response.FirstErrorCode);
    }
}
