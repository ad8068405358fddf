using System.Net;
using System.Net.WebSockets;
using Headless.GraphQL.Server.Realtime;
using Headless.GraphQL.Server.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace Headless.GraphQL.Server.Tests.Realtime;

public sealed class WebSocketLimitsTests
{
    private const string EventsQuery = "subscription ($channel: String!) { events(channel: $channel) { text } }";

    [Fact]
    public async Task A_connection_over_the_global_limit_is_refused_with_503()
    {
        await using var server = await RealtimeTestServer.StartAsync(o => o.MaxConnections = 2);
        await using var first = await GraphQLWebSocketClient.ConnectAndInitAsync(server);
        await using var second = await GraphQLWebSocketClient.ConnectAndInitAsync(server);

        using var third = new ClientWebSocket();
        third.Options.AddSubProtocol(GraphQLWebSocketClient.SubProtocol);
        third.Options.CollectHttpResponseDetails = true;
        await Assert.ThrowsAsync<WebSocketException>(() => third.ConnectAsync(server.WebSocketAddress, CancellationToken.None));

        Assert.Equal(HttpStatusCode.ServiceUnavailable, third.HttpStatusCode);
        Assert.Equal(2, server.Services.GetRequiredService<RealtimeConnectionLimiter>().ActiveConnections);
    }

    [Fact]
    public async Task A_closed_connection_frees_its_place_under_the_global_limit()
    {
        await using var server = await RealtimeTestServer.StartAsync(o => o.MaxConnections = 1);
        var limiter = server.Services.GetRequiredService<RealtimeConnectionLimiter>();
        await using (await GraphQLWebSocketClient.ConnectAndInitAsync(server))
        {
            Assert.Equal(1, limiter.ActiveConnections);
        }

        await Eventually.TrueAsync(() => limiter.ActiveConnections == 0, "the closed connection to be released");
        await using var next = await GraphQLWebSocketClient.ConnectAndInitAsync(server);

        Assert.Equal(WebSocketState.Open, next.Socket.State);
    }

    [Fact]
    public async Task An_operation_over_the_per_connection_limit_gets_an_error_and_the_connection_stays_open()
    {
        await using var server = await RealtimeTestServer.StartAsync(o => o.MaxOperationsPerConnection = 2);
        await using var client = await GraphQLWebSocketClient.ConnectAndInitAsync(server);
        await client.SubscribeAsync("a", EventsQuery, new { channel = "a" });
        await client.SubscribeAsync("b", EventsQuery, new { channel = "b" });

        await client.SubscribeAsync("c", EventsQuery, new { channel = "c" });
        var refused = await client.ReceiveAsync();
        await Eventually.TrueAsync(() => server.Events.ObserversOf("a") == 1, "the first subscription to listen");
        server.Events.Publish("a", "still served");
        var next = await client.ReceiveAsync();

        Assert.Equal("error", refused["type"]!.GetValue<string>());
        Assert.Equal("c", refused["id"]!.GetValue<string>());
        Assert.Equal("TOO_MANY_OPERATIONS", refused["payload"]![0]!["extensions"]!["code"]!.GetValue<string>());
        Assert.Equal("still served", next["payload"]!["data"]!["events"]!["text"]!.GetValue<string>());
        Assert.Equal(0, server.Events.ObserversOf("c"));
    }

    [Fact]
    public async Task A_message_over_the_size_limit_closes_with_1009()
    {
        await using var server = await RealtimeTestServer.StartAsync(o => o.MaxMessageBytes = 1024);
        await using var client = await GraphQLWebSocketClient.ConnectAndInitAsync(server);

        await client.SubscribeAsync("big", "{ echo(text: \"" + new string('x', 2048) + "\") }");
        var (status, description) = await client.ReceiveCloseAsync();

        Assert.Equal(1009, status);
        Assert.Equal("Message too big", description);
    }

    [Fact]
    public async Task A_dropped_connection_releases_its_subscriptions()
    {
        await using var server = await RealtimeTestServer.StartAsync();
        var client = await GraphQLWebSocketClient.ConnectAndInitAsync(server);
        await client.SubscribeAsync("a", EventsQuery, new { channel = "drop" });
        await client.SubscribeAsync("b", EventsQuery, new { channel = "drop-too" });
        await Eventually.TrueAsync(() => server.Events.ObserverCount == 2, "both subscriptions to listen");
        Assert.Equal(2, server.Multiplexer.ActiveSubscribers);

        client.Socket.Abort();
        await client.DisposeAsync();

        await Eventually.TrueAsync(() => server.Multiplexer.ActiveSubscribers == 0, "the multiplexer to release the subscribers");
        Assert.Equal(0, server.Multiplexer.ActiveExecutions);
        await Eventually.TrueAsync(() => server.Events.ObserverCount == 0, "the executions to stop listening");
    }

    [Fact]
    public async Task A_client_that_falls_too_far_behind_is_closed_with_4420_while_a_fast_one_keeps_receiving()
    {
        await using var server = await RealtimeTestServer.StartAsync(o => o.MaxOutboundQueue = 4);
        await using var fast = await GraphQLWebSocketClient.ConnectAndInitAsync(server);
        await using var slow = await GraphQLWebSocketClient.ConnectAndInitAsync(server);
        await fast.SubscribeAsync("s", EventsQuery, new { channel = "flood" });
        await slow.SubscribeAsync("s", EventsQuery, new { channel = "flood" });
        await Eventually.TrueAsync(() => server.Multiplexer.ActiveSubscribers == 2 && server.Events.ObserversOf("flood") == 1, "both to subscribe");

        // The slow client never reads: once the socket buffers are full its queue fills and overflows.
        // The fast one reads every event before the next is published, so it never falls behind.
        var text = new string('x', 32 * 1024);
        var published = 0;
        while (server.Multiplexer.ActiveSubscribers == 2)
        {
            Assert.True(published < 5000, "the slow client was never disconnected");
            server.Events.Publish("flood", text);
            published++;
            var received = await fast.ReceiveAsync();
            Assert.Equal("next", received["type"]!.GetValue<string>());
        }

        server.Events.Publish("flood", "after the slow one left");
        var after = await fast.ReceiveAsync();
        var (status, description) = await slow.ReceiveCloseAsync();

        Assert.Equal("after the slow one left", after["payload"]!["data"]!["events"]!["text"]!.GetValue<string>());
        Assert.Equal(WebSocketState.Open, fast.Socket.State);
        Assert.Equal(4420, status);
        Assert.Equal("Outbound queue overflow", description);
    }
}
