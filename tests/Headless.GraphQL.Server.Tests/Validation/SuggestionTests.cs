using System.Net;
using Headless.GraphQL.Server.Tests.Infrastructure;

namespace Headless.GraphQL.Server.Tests.Validation;

public sealed class SuggestionTests
{
    [Fact]
    public async Task Validation_errors_suggest_close_names_by_default()
    {
        await using var server = await GraphQLTestServer.StartAsync();

        var response = await server.Client.PostGraphQLAsync(new { query = "{ helo }" });

        Assert.Equal(HttpStatusCode.BadRequest, response.Status);
        Assert.Contains("Did you mean", response.FirstErrorMessage, StringComparison.Ordinal);
        Assert.Contains("hello", response.FirstErrorMessage, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Suggestions_are_removed_when_disabled_but_the_error_remains()
    {
        await using var server = await GraphQLTestServer.StartAsync(o => o.EnableSuggestions = false);

        var response = await server.Client.PostGraphQLAsync(new { query = "{ helo echo(txt: \"x\", text: \"y\") }" });

        Assert.Equal(HttpStatusCode.BadRequest, response.Status);
        Assert.Contains("helo", response.FirstErrorMessage, StringComparison.Ordinal);
        Assert.False(response.Body.Contains("Did you mean", StringComparison.Ordinal), response.Body);
        Assert.DoesNotContain("'hello'", response.Body, StringComparison.Ordinal);
    }
}
