using System.Net;
using Headless.GraphQL.Server.Tests.Infrastructure;

namespace Headless.GraphQL.Server.Tests.GraphiQL;

public sealed class GraphiQLTests
{
    private const string BrowserAccept = "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8";

    [Fact]
    public async Task A_browser_get_serves_the_graphiql_page_when_enabled()
    {
        await using var server = await GraphQLTestServer.StartAsync(o => o.EnableGraphiQL = true);

        var response = await server.Client.GetGraphQLAsync(string.Empty, BrowserAccept);

        Assert.Equal(HttpStatusCode.OK, response.Status);
        Assert.Equal("text/html", response.MediaType);
        Assert.Contains("/graphql/graphiql/graphiql.min.js", response.Body, StringComparison.Ordinal);
        Assert.Contains("/graphql/graphiql/react.production.min.js", response.Body, StringComparison.Ordinal);
        Assert.Contains("subscriptionUrl", response.Body, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("graphiql.min.js", "text/javascript")]
    [InlineData("graphiql.min.css", "text/css")]
    [InlineData("react.production.min.js", "text/javascript")]
    [InlineData("react-dom.production.min.js", "text/javascript")]
    [InlineData("graphql-ws.min.js", "text/javascript")]
    public async Task The_assets_are_served_by_the_app_when_enabled(string file, string mediaType)
    {
        await using var server = await GraphQLTestServer.StartAsync(o => o.EnableGraphiQL = true);

        using var response = await server.Client.GetAsync($"/graphql/graphiql/{file}");
        var body = await response.Content.ReadAsByteArrayAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(mediaType, response.Content.Headers.ContentType?.MediaType);
        Assert.True(body.Length > 1000, $"{file} is only {body.Length} bytes");
    }

    [Fact]
    public async Task The_graphiql_bundle_can_reach_subscriptions_over_graphql_transport_ws()
    {
        await using var server = await GraphQLTestServer.StartAsync(o => o.EnableGraphiQL = true);

        var script = await server.Client.GetStringAsync("/graphql/graphiql/graphiql.min.js");

        Assert.Contains("createGraphiQLFetcher", script, StringComparison.Ordinal);
        Assert.Contains("graphql-transport-ws", script, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_unknown_asset_is_404()
    {
        await using var server = await GraphQLTestServer.StartAsync(o => o.EnableGraphiQL = true);

        using var response = await server.Client.GetAsync("/graphql/graphiql/secrets.json");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Fact]
    public async Task When_disabled_a_browser_get_gets_the_normal_graphql_answer()
    {
        await using var server = await GraphQLTestServer.StartAsync();

        var response = await server.Client.GetGraphQLAsync(string.Empty, BrowserAccept);

        Assert.Equal(HttpStatusCode.BadRequest, response.Status);
        Assert.Equal("application/json", response.MediaType);
        Assert.DoesNotContain("<html", response.Body, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task When_disabled_a_get_accepting_only_html_gets_406()
    {
        await using var server = await GraphQLTestServer.StartAsync();

        var response = await server.Client.GetGraphQLAsync("?query=%7Bhello%7D", "text/html");

        Assert.Equal(HttpStatusCode.NotAcceptable, response.Status);
    }

    [Fact]
    public async Task When_disabled_the_assets_are_404()
    {
        await using var server = await GraphQLTestServer.StartAsync();

        using var response = await server.Client.GetAsync("/graphql/graphiql/graphiql.min.js");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }
}
