using System.Net.Http.Json;
using Headless.GraphQL.Server.Http;
using Headless.GraphQL.Server.Subscriptions;
using Headless.GraphQL.Server.Tests.Infrastructure;
using Headless.GraphQL.Server.WebSockets;
using Microsoft.Extensions.DependencyInjection;

namespace Headless.GraphQL.Server.Tests.Realtime;

public sealed class SubscriptionFanOutTests
{
    private const string EventsQuery = "subscription ($channel: String!) { events(channel: $channel) { text viewer } }";

    [Fact]
    public async Task Fifty_identical_subscribers_share_one_execution_and_one_serialisation_per_event()
    {
        await using var server = await RealtimeTestServer.StartAsync();
        var clients = await Task.WhenAll(Enumerable.Range(0, 50).Select(_ => GraphQLWebSocketClient.ConnectAndInitAsync(server)));
        try
        {
            await Task.WhenAll(clients.Select((c, i) => c.SubscribeAsync($"op-{i}", EventsQuery, new { channel = "shared" })));
            await Eventually.TrueAsync(() => server.Multiplexer.ActiveSubscribers == 50 && server.Events.ObserversOf("shared") == 1, "all 50 to subscribe");

            string[] texts = ["one", "two", "three"];
            foreach (var text in texts)
            {
                server.Events.Publish("shared", text);
            }

            var received = await Task.WhenAll(clients.Select(async (c, i) =>
            {
                var messages = new List<string>();
                foreach (var _ in texts)
                {
                    var next = await c.ReceiveAsync();
                    Assert.Equal($"op-{i}", next["id"]!.GetValue<string>());
                    messages.Add(next["payload"]!["data"]!["events"]!["text"]!.GetValue<string>());
                }

                return messages;
            }));

            Assert.All(received, messages => Assert.Equal(texts, messages));
            Assert.Equal(1, server.Multiplexer.ExecutionsStarted);
            Assert.Equal(1, server.Multiplexer.ActiveExecutions);
            Assert.Equal(3, server.Multiplexer.EventsSerialized);
            Assert.Equal(150, server.Multiplexer.MessagesDelivered);
        }
        finally
        {
            foreach (var client in clients)
            {
                await client.DisposeAsync();
            }
        }
    }

    [Fact]
    public async Task Different_variables_get_separate_executions()
    {
        await using var server = await RealtimeTestServer.StartAsync();
        await using var plan = await GraphQLWebSocketClient.ConnectAndInitAsync(server);
        await using var unicef = await GraphQLWebSocketClient.ConnectAndInitAsync(server);

        await plan.SubscribeAsync("s", EventsQuery, new { channel = "plan" });
        await unicef.SubscribeAsync("s", EventsQuery, new { channel = "unicef" });
        await Eventually.TrueAsync(() => server.Events.ObserverCount == 2, "both executions to listen");
        server.Events.Publish("plan", "for plan");
        server.Events.Publish("unicef", "for unicef");
        var planEvent = await plan.ReceiveAsync();
        var unicefEvent = await unicef.ReceiveAsync();

        Assert.Equal(2, server.Multiplexer.ExecutionsStarted);
        Assert.Equal("for plan", planEvent["payload"]!["data"]!["events"]!["text"]!.GetValue<string>());
        Assert.Equal("for unicef", unicefEvent["payload"]!["data"]!["events"]!["text"]!.GetValue<string>());
    }

    [Fact]
    public async Task Users_with_different_visibility_keys_never_share_an_execution()
    {
        await using var server = await RealtimeTestServer.StartAsync(services: s => s.AddSingleton<IGraphQLWebSocketAuthenticator>(new TestTokenAuthenticator()));
        await using var alice = await GraphQLWebSocketClient.ConnectAndInitAsync(server, new { token = "valid:alice" });
        await using var bob = await GraphQLWebSocketClient.ConnectAndInitAsync(server, new { token = "valid:bob" });

        await alice.SubscribeAsync("s", EventsQuery, new { channel = "private" });
        await bob.SubscribeAsync("s", EventsQuery, new { channel = "private" });
        await Eventually.TrueAsync(() => server.Events.ObserversOf("private") == 2, "both executions to listen");
        server.Events.Publish("private", "news");
        var aliceEvent = await alice.ReceiveAsync();
        var bobEvent = await bob.ReceiveAsync();

        Assert.Equal(2, server.Multiplexer.ExecutionsStarted);
        Assert.Equal("alice", aliceEvent["payload"]!["data"]!["events"]!["viewer"]!.GetValue<string>());
        Assert.Equal("bob", bobEvent["payload"]!["data"]!["events"]!["viewer"]!.GetValue<string>());
    }

    [Fact]
    public async Task The_last_subscriber_leaving_stops_the_shared_execution()
    {
        await using var server = await RealtimeTestServer.StartAsync();
        await using var first = await GraphQLWebSocketClient.ConnectAndInitAsync(server);
        await using var second = await GraphQLWebSocketClient.ConnectAndInitAsync(server);
        await first.SubscribeAsync("s", EventsQuery, new { channel = "c" });
        await second.SubscribeAsync("s", EventsQuery, new { channel = "c" });
        await Eventually.TrueAsync(() => server.Multiplexer.ActiveSubscribers == 2 && server.Events.ObserversOf("c") == 1, "both to subscribe");

        await first.SendAsync(new { id = "s", type = "complete" });
        await Eventually.TrueAsync(() => server.Multiplexer.ActiveSubscribers == 1, "the first to leave");
        var listeningWithOneLeft = server.Events.ObserversOf("c");
        await second.SendAsync(new { id = "s", type = "complete" });
        await Eventually.TrueAsync(() => server.Multiplexer.ActiveExecutions == 0, "the execution to stop");

        Assert.Equal(1, listeningWithOneLeft);
        await Eventually.TrueAsync(() => server.Events.ObserversOf("c") == 0, "the source to lose its observer");
    }

    [Fact]
    public async Task WebSocket_and_event_stream_subscribers_share_one_execution()
    {
        await using var server = await RealtimeTestServer.StartAsync();
        await using var socket = await GraphQLWebSocketClient.ConnectAndInitAsync(server);
        await socket.SubscribeAsync("s", EventsQuery, new { channel = "both" });
        using var request = new HttpRequestMessage(HttpMethod.Post, "/graphql")
        {
            Content = JsonContent.Create(new { query = EventsQuery, variables = new { channel = "both" } }),
        };
        request.Headers.Accept.ParseAdd("text/event-stream");
        using var response = await server.Client.SendAsync(request, HttpCompletionOption.ResponseHeadersRead);
        using var events = new SseEventReader(await response.Content.ReadAsStreamAsync());
        await Eventually.TrueAsync(() => server.Multiplexer.ActiveSubscribers == 2, "both transports to subscribe");

        server.Events.Publish("both", "to everyone");
        var overSocket = await socket.ReceiveAsync();
        var overStream = await events.ReadEventAsync();

        Assert.Equal(1, server.Multiplexer.ExecutionsStarted);
        Assert.Equal(1, server.Multiplexer.EventsSerialized);
        Assert.Equal("to everyone", overSocket["payload"]!["data"]!["events"]!["text"]!.GetValue<string>());
        Assert.Contains("to everyone", overStream!.Value.Data, StringComparison.Ordinal);
    }

    [Fact]
    public void Variables_in_another_order_give_the_same_key()
    {
        var serializer = new GraphQLResponseSerializer(new Errors.ServerErrorInfoProvider(new GraphQLServerOptions()));
        var one = serializer.ReadInputs(System.Text.Json.JsonDocument.Parse("""{"a":1,"b":{"y":[1,2],"x":"t"}}""").RootElement);
        var other = serializer.ReadInputs(System.Text.Json.JsonDocument.Parse("""{"b":{"x":"t","y":[1,2]},"a":1}""").RootElement);
        var changed = serializer.ReadInputs(System.Text.Json.JsonDocument.Parse("""{"b":{"x":"t","y":[2,1]},"a":1}""").RootElement);

        var key = SubscriptionKey.Create(typeof(RealtimeTestSchema), new GraphQLHttpRequest("subscription { x }", null, one, null), "anonymous");
        var reordered = SubscriptionKey.Create(typeof(RealtimeTestSchema), new GraphQLHttpRequest("subscription { x }", null, other, null), "anonymous");
        var different = SubscriptionKey.Create(typeof(RealtimeTestSchema), new GraphQLHttpRequest("subscription { x }", null, changed, null), "anonymous");

        Assert.Equal(key, reordered);
        Assert.NotEqual(key, different);
    }
}
