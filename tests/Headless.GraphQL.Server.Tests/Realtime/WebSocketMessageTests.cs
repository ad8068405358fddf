using Headless.GraphQL.Server.Tests.Infrastructure;

namespace Headless.GraphQL.Server.Tests.Realtime;

public sealed class WebSocketMessageTests
{
    private const string EventsQuery = "subscription ($channel: String!) { events(channel: $channel) { channel text } }";

    [Fact]
    public async Task Subscription_events_arrive_as_next_messages_then_complete_when_the_stream_ends()
    {
        await using var server = await RealtimeTestServer.StartAsync();
        await using var client = await GraphQLWebSocketClient.ConnectAndInitAsync(server);
        await client.SubscribeAsync("s1", EventsQuery, new { channel = "campaign-42" });
        await Eventually.TrueAsync(() => server.Events.ObserversOf("campaign-42") == 1, "the subscription to listen");

        server.Events.Publish("campaign-42", "first donation");
        server.Events.Publish("campaign-42", "second donation");
        var first = await client.ReceiveAsync();
        var second = await client.ReceiveAsync();
        server.Events.Complete("campaign-42");
        var complete = await client.ReceiveAsync();

        Assert.Equal("next", first["type"]!.GetValue<string>());
        Assert.Equal("s1", first["id"]!.GetValue<string>());
        Assert.Equal("first donation", first["payload"]!["data"]!["events"]!["text"]!.GetValue<string>());
        Assert.Equal("second donation", second["payload"]!["data"]!["events"]!["text"]!.GetValue<string>());
        Assert.Equal("complete", complete["type"]!.GetValue<string>());
        Assert.Equal("s1", complete["id"]!.GetValue<string>());
    }

    [Fact]
    public async Task A_validation_error_is_an_error_message_with_the_errors_array_and_no_complete()
    {
        await using var server = await RealtimeTestServer.StartAsync();
        await using var client = await GraphQLWebSocketClient.ConnectAndInitAsync(server);

        await client.SubscribeAsync("bad", "subscription { events(channel: \"x\") { missingField } }");
        var error = await client.ReceiveAsync();
        await client.SendAsync(new { type = "ping" });
        var after = await client.ReceiveAsync();

        Assert.Equal("error", error["type"]!.GetValue<string>());
        Assert.Equal("bad", error["id"]!.GetValue<string>());
        Assert.Contains("missingField", error["payload"]!.AsArray()[0]!["message"]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.Equal("pong", after["type"]!.GetValue<string>());
    }

    [Fact]
    public async Task A_failing_event_source_is_reported_in_a_next_message_then_complete()
    {
        await using var server = await RealtimeTestServer.StartAsync();
        await using var client = await GraphQLWebSocketClient.ConnectAndInitAsync(server);

        await client.SubscribeAsync("f", "subscription { failing { text } }");
        var next = await client.ReceiveAsync();
        var complete = await client.ReceiveAsync();

        Assert.Equal("next", next["type"]!.GetValue<string>());
        Assert.NotEmpty(next["payload"]!["errors"]!.AsArray());
        Assert.Equal("complete", complete["type"]!.GetValue<string>());
    }

    [Fact]
    public async Task A_duplicate_id_of_a_running_subscription_closes_with_4409()
    {
        await using var server = await RealtimeTestServer.StartAsync();
        await using var client = await GraphQLWebSocketClient.ConnectAndInitAsync(server);
        await client.SubscribeAsync("dup", EventsQuery, new { channel = "a" });

        await client.SubscribeAsync("dup", EventsQuery, new { channel = "b" });
        var (status, description) = await client.ReceiveCloseAsync();

        Assert.Equal(4409, status);
        Assert.Equal("Subscriber for dup already exists", description);
    }

    [Theory]
    [InlineData("this is not json")]
    [InlineData("[1, 2]")]
    [InlineData("{\"type\":\"start\",\"id\":\"1\"}")]
    [InlineData("{\"type\":\"subscribe\",\"payload\":{\"query\":\"{ hello }\"}}")]
    [InlineData("{\"type\":\"subscribe\",\"id\":\"1\"}")]
    [InlineData("{\"type\":\"subscribe\",\"id\":\"1\",\"payload\":{\"variables\":{}}}")]
    [InlineData("{\"type\":\"complete\"}")]
    [InlineData("{\"type\":\"connection_init\",\"payload\":\"token\"}")]
    public async Task An_invalid_message_closes_with_4400(string message)
    {
        await using var server = await RealtimeTestServer.StartAsync();
        await using var client = await GraphQLWebSocketClient.ConnectAsync(server);
        if (!message.Contains("connection_init", StringComparison.Ordinal))
        {
            await client.SendAsync(new { type = "connection_init" });
            await client.ReceiveAsync();
        }

        await client.SendTextAsync(message);
        var (status, description) = await client.ReceiveCloseAsync();

        Assert.Equal(4400, status);
        Assert.StartsWith("Invalid message", description, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_ping_is_answered_with_a_pong_and_a_pong_with_nothing()
    {
        await using var server = await RealtimeTestServer.StartAsync();
        await using var client = await GraphQLWebSocketClient.ConnectAndInitAsync(server);

        await client.SendAsync(new { type = "pong" });
        await client.SendAsync(new { type = "ping" });
        var answer = await client.ReceiveAsync();

        // Had the pong been answered, that answer would have come first.
        Assert.Equal("pong", answer["type"]!.GetValue<string>());
    }

    [Fact]
    public async Task The_server_pings_at_the_keep_alive_interval()
    {
        await using var server = await RealtimeTestServer.StartAsync(o => o.KeepAliveInterval = TimeSpan.FromMilliseconds(50));
        await using var client = await GraphQLWebSocketClient.ConnectAndInitAsync(server);

        var ping = await client.ReceiveAsync();
        await client.SendAsync(new { type = "pong" });
        var nextPing = await client.ReceiveAsync();

        Assert.Equal("ping", ping["type"]!.GetValue<string>());
        Assert.Equal("ping", nextPing["type"]!.GetValue<string>());
    }
}
