using System.Net.WebSockets;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace Headless.GraphQL.Server.Tests.Infrastructure;

/// <summary>A <c>graphql-transport-ws</c> client on <see cref="ClientWebSocket"/>, reading with a hang guard.</summary>
public sealed class GraphQLWebSocketClient : IAsyncDisposable
{
    public const string SubProtocol = "graphql-transport-ws";

    private static readonly TimeSpan ReadLimit = TimeSpan.FromSeconds(10);

    private GraphQLWebSocketClient(ClientWebSocket socket)
    {
        Socket = socket;
    }

    public ClientWebSocket Socket { get; }

    public static async Task<GraphQLWebSocketClient> ConnectAsync(RealtimeTestServer server, string subProtocol = SubProtocol)
    {
        var socket = new ClientWebSocket();
        socket.Options.AddSubProtocol(subProtocol);
        socket.Options.CollectHttpResponseDetails = true;
        try
        {
            using var limit = new CancellationTokenSource(ReadLimit);
            await socket.ConnectAsync(server.WebSocketAddress, limit.Token);
        }
        catch
        {
            socket.Dispose();
            throw;
        }

        return new GraphQLWebSocketClient(socket);
    }

    /// <summary>Connects, sends <c>connection_init</c> and checks the acknowledgement.</summary>
    public static async Task<GraphQLWebSocketClient> ConnectAndInitAsync(RealtimeTestServer server, object? payload = null)
    {
        var client = await ConnectAsync(server);
        await client.SendAsync(payload is null ? new { type = "connection_init" } : new { type = "connection_init", payload });
        var ack = await client.ReceiveAsync();
        Assert.Equal("connection_ack", ack["type"]!.GetValue<string>());
        return client;
    }

    public Task SendAsync(object message) => SendTextAsync(JsonSerializer.Serialize(message));

    public Task SubscribeAsync(string id, string query, object? variables = null) =>
        SendAsync(new { id, type = "subscribe", payload = new { query, variables } });

    public async Task SendTextAsync(string text)
    {
        using var limit = new CancellationTokenSource(ReadLimit);
        await Socket.SendAsync(Encoding.UTF8.GetBytes(text), WebSocketMessageType.Text, true, limit.Token);
    }

    /// <summary>The next message; fails the test if the socket closes instead.</summary>
    public async Task<JsonNode> ReceiveAsync()
    {
        var (text, close) = await ReceiveFrameAsync();
        if (text is null)
        {
            Assert.Fail($"Expected a message, the socket closed with {close?.Status} {close?.Description}");
        }

        return JsonNode.Parse(text)!;
    }

    /// <summary>Reads (and drops) messages until the server's close frame, then completes the handshake.</summary>
    public async Task<(int? Status, string? Description)> ReceiveCloseAsync()
    {
        while (true)
        {
            var (text, close) = await ReceiveFrameAsync();
            if (text is null)
            {
                return close!.Value;
            }
        }
    }

    public async ValueTask DisposeAsync()
    {
        if (Socket.State == WebSocketState.Open)
        {
            try
            {
                using var limit = new CancellationTokenSource(TimeSpan.FromSeconds(2));
                await Socket.CloseAsync(WebSocketCloseStatus.NormalClosure, null, limit.Token);
            }
            catch (Exception ex) when (ex is WebSocketException or OperationCanceledException)
            {
                // The server is already gone.
            }
        }

        Socket.Dispose();
    }

    private async Task<(string? Text, (int? Status, string? Description)? Close)> ReceiveFrameAsync()
    {
        using var limit = new CancellationTokenSource(ReadLimit);
        using var message = new MemoryStream();
        var buffer = new byte[16 * 1024];
        while (true)
        {
            var result = await Socket.ReceiveAsync(buffer, limit.Token);
            if (result.MessageType == WebSocketMessageType.Close)
            {
                if (Socket.State == WebSocketState.CloseReceived)
                {
                    await Socket.CloseOutputAsync(WebSocketCloseStatus.NormalClosure, null, limit.Token);
                }

                return (null, ((int?)result.CloseStatus, result.CloseStatusDescription));
            }

            message.Write(buffer, 0, result.Count);
            if (result.EndOfMessage)
            {
                return (Encoding.UTF8.GetString(message.ToArray()), null);
            }
        }
    }
}
