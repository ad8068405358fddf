using Headless.GraphQL.Server.Tests.Infrastructure;

namespace Headless.GraphQL.Server.Tests.Realtime;

public sealed class WebSocketOperationTests
{
    private const string EventsQuery = "subscription ($channel: String!) { events(channel: $channel) { channel text } }";

    [Fact]
    public async Task A_client_complete_stops_the_subscription()
    {
        await using var server = await RealtimeTestServer.StartAsync();
        await using var client = await GraphQLWebSocketClient.ConnectAndInitAsync(server);
        await client.SubscribeAsync("s1", EventsQuery, new { channel = "live" });
        await Eventually.TrueAsync(() => server.Events.ObserversOf("live") == 1, "the subscription to listen");
        server.Events.Publish("live", "before");
        var before = await client.ReceiveAsync();

        await client.SendAsync(new { id = "s1", type = "complete" });
        await Eventually.TrueAsync(() => server.Events.ObserversOf("live") == 0, "the subscription to stop");
        server.Events.Publish("live", "after");
        await client.SendAsync(new { type = "ping" });
        var next = await client.ReceiveAsync();

        Assert.Equal("before", before["payload"]!["data"]!["events"]!["text"]!.GetValue<string>());
        Assert.Equal("pong", next["type"]!.GetValue<string>());
        Assert.Equal(0, server.Multiplexer.ActiveSubscribers);
    }

    [Fact]
    public async Task An_id_may_be_reused_once_its_operation_was_completed_by_the_client()
    {
        await using var server = await RealtimeTestServer.StartAsync();
        await using var client = await GraphQLWebSocketClient.ConnectAndInitAsync(server);
        await client.SubscribeAsync("same", EventsQuery, new { channel = "a" });
        await client.SendAsync(new { id = "same", type = "complete" });

        await client.SubscribeAsync("same", "{ hello }");
        var next = await client.ReceiveAsync();

        Assert.Equal("next", next["type"]!.GetValue<string>());
        Assert.Equal("world", next["payload"]!["data"]!["hello"]!.GetValue<string>());
    }

    [Fact]
    public async Task A_query_over_the_socket_gets_one_next_then_complete()
    {
        await using var server = await RealtimeTestServer.StartAsync();
        await using var client = await GraphQLWebSocketClient.ConnectAndInitAsync(server);

        await client.SubscribeAsync("q", "query ($t: String!) { echo(text: $t) }", new { t = "Croix-Rouge" });
        var next = await client.ReceiveAsync();
        var complete = await client.ReceiveAsync();

        Assert.Equal("next", next["type"]!.GetValue<string>());
        Assert.Equal("Croix-Rouge", next["payload"]!["data"]!["echo"]!.GetValue<string>());
        Assert.Equal("complete", complete["type"]!.GetValue<string>());
        Assert.Equal("q", complete["id"]!.GetValue<string>());
    }

    [Fact]
    public async Task A_mutation_over_the_socket_runs_once_and_completes()
    {
        await using var server = await RealtimeTestServer.StartAsync();
        await using var client = await GraphQLWebSocketClient.ConnectAndInitAsync(server);

        await client.SubscribeAsync("m", "mutation { increment }");
        var next = await client.ReceiveAsync();
        var complete = await client.ReceiveAsync();

        Assert.Equal(1, next["payload"]!["data"]!["increment"]!.GetValue<int>());
        Assert.Equal("complete", complete["type"]!.GetValue<string>());
        Assert.Equal(1, server.Mutations.Value);
    }

    [Fact]
    public async Task Identical_mutations_are_never_shared()
    {
        await using var server = await RealtimeTestServer.StartAsync();
        await using var first = await GraphQLWebSocketClient.ConnectAndInitAsync(server);
        await using var second = await GraphQLWebSocketClient.ConnectAndInitAsync(server);

        await Task.WhenAll(first.SubscribeAsync("m", "mutation { increment }"), second.SubscribeAsync("m", "mutation { increment }"));
        var results = await Task.WhenAll(first.ReceiveAsync(), second.ReceiveAsync());

        Assert.Equal(2, server.Mutations.Value);
        Assert.Equal([1, 2], results.Select(r => r["payload"]!["data"]!["increment"]!.GetValue<int>()).Order());
        Assert.Equal(0, server.Multiplexer.ExecutionsStarted);
    }
}
