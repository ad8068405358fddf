using System.Net;
using Headless.GraphQL.Server.Tests.Infrastructure;

namespace Headless.GraphQL.Server.Tests.Http;

/// <summary>Only JSON bodies are read, which keeps cross-site form posts (CSRF) out.</summary>
public sealed class ContentTypeTests
{
    private const string Body = "{\"query\":\"mutation { increment }\"}";

    [Theory]
    [InlineData("application/x-www-form-urlencoded")]
    [InlineData("multipart/form-data; boundary=x")]
    [InlineData("text/plain")]
    [InlineData("text/plain; charset=utf-8")]
    public async Task Browser_simple_request_types_get_415(string contentType)
    {
        await using var server = await GraphQLTestServer.StartAsync();

        var response = await server.Client.PostRawAsync(Body, contentType);

        AssertUnsupported(response);
    }

    [Theory]
    [InlineData("application/xml")]
    [InlineData("application/graphql")]
    [InlineData("application/jsonx")]
    public async Task Other_non_json_types_get_415(string contentType)
    {
        await using var server = await GraphQLTestServer.StartAsync();

        var response = await server.Client.PostRawAsync(Body, contentType);

        AssertUnsupported(response);
    }

    [Fact]
    public async Task A_post_without_content_type_gets_415()
    {
        await using var server = await GraphQLTestServer.StartAsync();

        var response = await server.Client.PostRawAsync(Body, contentType: null);

        AssertUnsupported(response);
    }

    [Theory]
    [InlineData("application/json; charset=utf-16")]
    [InlineData("application/json; charset=iso-8859-1")]
    public async Task A_charset_other_than_utf8_gets_415(string contentType)
    {
        await using var server = await GraphQLTestServer.StartAsync();

        var response = await server.Client.PostRawAsync(Body, contentType);

        AssertUnsupported(response);
    }

    private static void AssertUnsupported(GraphQLResponse response)
    {
        Assert.Equal(HttpStatusCode.UnsupportedMediaType, response.Status);
        Assert.Equal("UNSUPPORTED_MEDIA_TYPE", response.FirstErrorCode);
    }
}
