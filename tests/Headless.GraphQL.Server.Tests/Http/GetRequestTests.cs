using System.Net;
using Headless.GraphQL.Server.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;
using static Headless.GraphQL.Server.Tests.Infrastructure.HttpClientGraphQLExtensions;

namespace Headless.GraphQL.Server.Tests.Http;

public sealed class GetRequestTests
{
    [Fact]
    public async Task A_query_in_the_query_string_returns_its_data()
    {
        await using var server = await GraphQLTestServer.StartAsync();

        var response = await server.Client.GetGraphQLAsync(Query("{ hello }"));

        Assert.Equal(HttpStatusCode.OK, response.Status);
        Assert.Equal("world", response.Json["data"]!["hello"]!.GetValue<string>());
    }

    [Fact]
    public async Task Variables_and_operationName_are_read_from_the_query_string()
    {
        await using var server = await GraphQLTestServer.StartAsync();

        var response = await server.Client.GetGraphQLAsync(
            Query("query A { hello } query B($t: String!) { echo(text: $t) }", "{\"t\":\"from-get\"}", "B"));

        Assert.Equal(HttpStatusCode.OK, response.Status);
        Assert.Equal("from-get", response.Json["data"]!["echo"]!.GetValue<string>());
    }

    [Fact]
    public async Task A_mutation_over_get_is_refused_with_405_and_does_not_run()
    {
        await using var server = await GraphQLTestServer.StartAsync();

        var response = await server.Client.GetGraphQLAsync(Query("mutation { increment }"));

        Assert.Equal(HttpStatusCode.MethodNotAllowed, response.Status);
        Assert.Equal("POST", string.Join(",", response.Message.Content.Headers.Allow));
        Assert.Equal("METHOD_NOT_ALLOWED", response.FirstErrorCode);
        Assert.Equal(0, server.Services.GetRequiredService<MutationCounter>().Value);
    }

    [Fact]
    public async Task A_mutation_over_get_is_refused_even_once_its_document_is_cached()
    {
        await using var server = await GraphQLTestServer.StartAsync();
        var post = await server.Client.PostGraphQLAsync(new { query = "mutation { increment }" });

        var response = await server.Client.GetGraphQLAsync(Query("mutation { increment }"));

        Assert.Equal(HttpStatusCode.OK, post.Status);
        Assert.Equal(HttpStatusCode.MethodNotAllowed, response.Status);
        Assert.Equal(1, server.Services.GetRequiredService<MutationCounter>().Value);
    }

    [Fact]
    public async Task A_get_without_a_query_is_400()
    {
        await using var server = await GraphQLTestServer.StartAsync();

        var response = await server.Client.GetGraphQLAsync("?operationName=A");

        Assert.Equal(HttpStatusCode.BadRequest, response.Status);
        Assert.Equal("INVALID_REQUEST", response.FirstErrorCode);
    }

    [Theory]
    [InlineData("not json")]
    [InlineData("[1,2]")]
    [InlineData("\"text\"")]
    public async Task Variables_that_are_not_a_json_object_are_400(string variables)
    {
        await using var server = await GraphQLTestServer.StartAsync();

        var response = await server.Client.GetGraphQLAsync(Query("{ hello }", variables));

        Assert.Equal(HttpStatusCode.BadRequest, response.Status);
        Assert.Contains("'variables'", response.FirstErrorMessage, StringComparison.Ordinal);
    }
}
