using Headless.GraphQL.Server.Tests.Infrastructure;
using Headless.GraphQL.Server.WebSockets;
using Microsoft.Extensions.DependencyInjection;

namespace Headless.GraphQL.Server.Tests.Realtime;

public sealed class WebSocketHandshakeTests
{
    [Fact]
    public async Task Connection_init_is_acknowledged()
    {
        await using var server = await RealtimeTestServer.StartAsync();
        await using var client = await GraphQLWebSocketClient.ConnectAsync(server);

        await client.SendAsync(new { type = "connection_init", payload = new { token = "anything" } });
        var ack = await client.ReceiveAsync();

        Assert.Equal(GraphQLWebSocketClient.SubProtocol, client.Socket.SubProtocol);
        Assert.Equal("connection_ack", ack["type"]!.GetValue<string>());
    }

    [Fact]
    public async Task A_rejection_by_the_authenticator_closes_with_4403()
    {
        await using var server = await RealtimeTestServer.StartAsync(services: s => s.AddSingleton<IGraphQLWebSocketAuthenticator, TestTokenAuthenticator>());
        await using var client = await GraphQLWebSocketClient.ConnectAsync(server);

        await client.SendAsync(new { type = "connection_init", payload = new { token = "wrong" } });
        var (status, description) = await client.ReceiveCloseAsync();

        Assert.Equal(4403, status);
        Assert.Equal("Forbidden", description);
    }

    [Fact]
    public async Task Operations_run_as_the_principal_the_authenticator_accepted()
    {
        await using var server = await RealtimeTestServer.StartAsync(services: s => s.AddSingleton<IGraphQLWebSocketAuthenticator, TestTokenAuthenticator>());
        await using var client = await GraphQLWebSocketClient.ConnectAndInitAsync(server, new { token = "valid:amnesty" });

        await client.SubscribeAsync("q1", "{ userName }");
        var next = await client.ReceiveAsync();

        Assert.Equal("next", next["type"]!.GetValue<string>());
        Assert.Equal("amnesty", next["payload"]!["data"]!["userName"]!.GetValue<string>());
    }

    [Fact]
    public async Task No_connection_init_within_the_timeout_closes_with_4408()
    {
        await using var server = await RealtimeTestServer.StartAsync(o => o.ConnectionInitTimeout = TimeSpan.FromMilliseconds(100));
        await using var client = await GraphQLWebSocketClient.ConnectAsync(server);

        var (status, description) = await client.ReceiveCloseAsync();

        Assert.Equal(4408, status);
        Assert.Equal("Connection initialisation timeout", description);
    }

    [Fact]
    public async Task A_second_connection_init_closes_with_4429()
    {
        await using var server = await RealtimeTestServer.StartAsync();
        await using var client = await GraphQLWebSocketClient.ConnectAndInitAsync(server);

        await client.SendAsync(new { type = "connection_init" });
        var (status, description) = await client.ReceiveCloseAsync();

        Assert.Equal(4429, status);
        Assert.Equal("Too many initialisation requests", description);
    }

    [Fact]
    public async Task Subscribe_before_the_acknowledgement_closes_with_4401()
    {
        await using var server = await RealtimeTestServer.StartAsync();
        await using var client = await GraphQLWebSocketClient.ConnectAsync(server);

        await client.SubscribeAsync("1", "{ hello }");
        var (status, description) = await client.ReceiveCloseAsync();

        Assert.Equal(4401, status);
        Assert.Equal("Unauthorized", description);
    }

    [Fact]
    public async Task The_connection_closes_with_4403_when_the_token_expires()
    {
        await using var server = await RealtimeTestServer.StartAsync(services: s => s.AddSingleton<IGraphQLWebSocketAuthenticator>(
            new TestTokenAuthenticator(expiresIn: TimeSpan.FromMilliseconds(200))));
        await using var client = await GraphQLWebSocketClient.ConnectAndInitAsync(server, new { token = "valid:unicef" });
        await client.SubscribeAsync("s1", "subscription { events(channel: \"expiry\") { text } }");

        var (status, description) = await client.ReceiveCloseAsync();

        Assert.Equal(4403, status);
        Assert.Contains("expired", description, StringComparison.OrdinalIgnoreCase);
        await Eventually.TrueAsync(() => server.Events.ObserversOf("expiry") == 0, "the expired connection's subscription to end");
    }

    [Fact]
    public async Task A_sub_protocol_other_than_graphql_transport_ws_is_refused_with_400()
    {
        await using var server = await RealtimeTestServer.StartAsync();

        using var socket = new System.Net.WebSockets.ClientWebSocket();
        socket.Options.AddSubProtocol("graphql-ws");
        socket.Options.CollectHttpResponseDetails = true;
        await Assert.ThrowsAsync<System.Net.WebSockets.WebSocketException>(() => socket.ConnectAsync(server.WebSocketAddress, CancellationToken.None));
        Assert.Equal(System.Net.HttpStatusCode.BadRequest, socket.HttpStatusCode);
    }
}
