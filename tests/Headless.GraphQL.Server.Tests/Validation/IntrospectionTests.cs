using System.Net;
using Headless.GraphQL.Server.Tests.Infrastructure;

namespace Headless.GraphQL.Server.Tests.Validation;

public sealed class IntrospectionTests
{
    [Fact]
    public async Task Introspection_is_allowed_by_default()
    {
        await using var server = await GraphQLTestServer.StartAsync();

        var response = await server.Client.PostGraphQLAsync(new { query = "{ __schema { queryType { name } } }" });

        Assert.Equal(HttpStatusCode.OK, response.Status);
        Assert.Equal("Query", response.Json["data"]!["__schema"]!["queryType"]!["name"]!.GetValue<string>());
    }

    [Theory]
    [InlineData("{ __schema { queryType { name } } }")]
    [InlineData("{ __type(name: \"Query\") { name } }")]
    public async Task Introspection_is_refused_with_a_clear_error_when_disabled(string query)
    {
        await using var server = await GraphQLTestServer.StartAsync(o => o.EnableIntrospection = false);

        var response = await server.Client.PostGraphQLAsync(new { query });

        Assert.Equal(HttpStatusCode.BadRequest, response.Status);
        Assert.Contains("Introspection", response.FirstErrorMessage, StringComparison.Ordinal);
        Assert.Contains("not allowed", response.FirstErrorMessage, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Typename_still_works_when_introspection_is_disabled()
    {
        await using var server = await GraphQLTestServer.StartAsync(o => o.EnableIntrospection = false);

        var response = await server.Client.PostGraphQLAsync(new { query = "{ __typename hello }" });

        Assert.Equal(HttpStatusCode.OK, response.Status);
        Assert.Equal("Query", response.Json["data"]!["__typename"]!.GetValue<string>());
    }
}
