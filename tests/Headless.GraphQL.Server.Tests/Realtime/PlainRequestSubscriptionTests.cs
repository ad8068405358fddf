using System.Net;
using Headless.GraphQL.Server.Tests.Infrastructure;

namespace Headless.GraphQL.Server.Tests.Realtime;

/// <summary>A plain request has one response, so a subscription sent that way is told to use a stream.</summary>
public sealed class PlainRequestSubscriptionTests
{
    private const string Subscription = "subscription { events(channel: \"plain\") { text } }";

    [Theory]
    [InlineData("application/json", HttpStatusCode.OK)]
    [InlineData("application/graphql-response+json", HttpStatusCode.BadRequest)]
    public async Task A_subscription_posted_as_a_plain_request_is_refused_with_a_hint_to_stream(string accept, HttpStatusCode expected)
    {
        await using var server = await RealtimeTestServer.StartAsync();

        var response = await server.Client.PostGraphQLAsync(new { query = Subscription }, accept);

        Assert.Equal(expected, response.Status);
        var error = Assert.Single(response.Errors);
        Assert.Equal("STREAMING_NOT_SUPPORTED", error!["extensions"]!["code"]!.GetValue<string>());
        Assert.Contains("text/event-stream", error["message"]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.Equal(0, server.Multiplexer.ExecutionsStarted);
    }

    [Fact]
    public async Task A_query_posted_as_a_plain_request_still_runs()
    {
        await using var server = await RealtimeTestServer.StartAsync();

        var response = await server.Client.PostGraphQLAsync(new { query = "{ __typename }" }, "application/json");

        Assert.Equal(HttpStatusCode.OK, response.Status);
        Assert.Equal("Query", response.Json["data"]!["__typename"]!.GetValue<string>());
    }
}
