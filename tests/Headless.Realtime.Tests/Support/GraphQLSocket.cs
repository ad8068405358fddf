using System.Net.WebSockets;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace Headless.Realtime.Tests.Support;

/// <summary>
/// A <c>graphql-transport-ws</c> client on a real <see cref="ClientWebSocket"/>. It answers the
/// server's pings by itself; every read has a hang guard, never a timing expectation.
/// </summary>
public sealed class GraphQLSocket : IAsyncDisposable
{
    private static readonly TimeSpan ReadLimit = TimeSpan.FromSeconds(15);

    private readonly ClientWebSocket _socket;

    private GraphQLSocket(ClientWebSocket socket) => _socket = socket;

    /// <summary>Connects and sends <c>connection_init</c>, with the token in its payload when given; the answer is left to read.</summary>
    public static async Task<GraphQLSocket> OpenAsync(Uri address, string? accessToken = null)
    {
        ArgumentNullException.ThrowIfNull(address);
        var socket = new ClientWebSocket();
        socket.Options.AddSubProtocol("graphql-transport-ws");
        try
        {
            using var limit = new CancellationTokenSource(ReadLimit);
            await socket.ConnectAsync(address, limit.Token);
        }
        catch
        {
            socket.Dispose();
            throw;
        }

        var client = new GraphQLSocket(socket);
        await client.SendAsync(accessToken is null
            ? new { type = "connection_init" }
            : new { type = "connection_init", payload = new Dictionary<string, string> { ["Authorization"] = "Bearer " + accessToken } });
        return client;
    }

    /// <summary>Connects, initialises and checks the acknowledgement.</summary>
    public static async Task<GraphQLSocket> ConnectAsync(Uri address, string? accessToken = null)
    {
        var client = await OpenAsync(address, accessToken);
        var ack = await client.ReceiveAsync();
        Assert.Equal("connection_ack", ack["type"]!.GetValue<string>());
        return client;
    }

    public Task SubscribeAsync(string id, string query, object? variables = null) =>
        SendAsync(new { id, type = "subscribe", payload = new { query, variables } });

    /// <summary>The <c>data</c> of the next <c>next</c> message; fails on anything else (errors, complete, close).</summary>
    public async Task<JsonObject> NextDataAsync(string id)
    {
        var message = await ReceiveAsync();
        Assert.True(
            message["type"]?.GetValue<string>() == "next" && message["id"]?.GetValue<string>() == id && message["payload"]?["errors"] is null,
            $"Expected a result for {id}, got {message.ToJsonString()}");
        return message["payload"]!["data"]!.AsObject();
    }

    /// <summary>One <c>next</c> result for each of <paramref name="ids"/>, in whatever order they come; fails on anything else.</summary>
    public async Task<IReadOnlyDictionary<string, JsonObject>> NextDataOfEachAsync(params string[] ids)
    {
        var results = new Dictionary<string, JsonObject>(StringComparer.Ordinal);
        while (results.Count < ids.Length)
        {
            var message = await ReceiveAsync();
            var id = message["id"]?.GetValue<string>();
            Assert.True(
                message["type"]?.GetValue<string>() == "next" && id is not null && ids.Contains(id) && !results.ContainsKey(id) && message["payload"]?["errors"] is null,
                $"Expected one result for each of {string.Join(", ", ids)}, got {message.ToJsonString()} after {string.Join(", ", results.Select(r => r.Value.ToJsonString()))}");
            results[id] = message["payload"]!["data"]!.AsObject();
        }

        return results;
    }

    /// <summary>The next message other than a ping; fails the test if the socket closes instead.</summary>
    public async Task<JsonNode> ReceiveAsync()
    {
        var (message, close) = await ReceiveMessageAsync();
        Assert.True(message is not null, $"Expected a message, the socket closed with {close?.Status} {close?.Description}");
        return message;
    }

    /// <summary>Reads (and drops) messages until the server's close frame, then completes the handshake.</summary>
    public async Task<(int? Status, string? Description)> ReceiveCloseAsync()
    {
        while (true)
        {
            var (message, close) = await ReceiveMessageAsync();
            if (message is null)
            {
                return close!.Value;
            }
        }
    }

    public async ValueTask DisposeAsync()
    {
        if (_socket.State == WebSocketState.Open)
        {
            try
            {
                using var limit = new CancellationTokenSource(TimeSpan.FromSeconds(2));
                await _socket.CloseAsync(WebSocketCloseStatus.NormalClosure, null, limit.Token);
            }
            catch (Exception ex) when (ex is WebSocketException or OperationCanceledException)
            {
                // The server is already gone.
            }
        }

        _socket.Dispose();
    }

    private async Task SendAsync(object message)
    {
        using var limit = new CancellationTokenSource(ReadLimit);
        await _socket.SendAsync(Encoding.UTF8.GetBytes(JsonSerializer.Serialize(message)), WebSocketMessageType.Text, true, limit.Token);
    }

    private async Task<(JsonNode? Message, (int? Status, string? Description)? Close)> ReceiveMessageAsync()
    {
        while (true)
        {
            var (text, close) = await ReceiveFrameAsync();
            if (text is null)
            {
                return (null, close);
            }

            var message = JsonNode.Parse(text)!;
            if (message["type"]?.GetValue<string>() != "ping")
            {
                return (message, null);
            }

            await SendAsync(new { type = "pong" });
        }
    }

    private async Task<(string? Text, (int? Status, string? Description)? Close)> ReceiveFrameAsync()
    {
        using var limit = new CancellationTokenSource(ReadLimit);
        using var message = new MemoryStream();
        var buffer = new byte[16 * 1024];
        while (true)
        {
            var result = await _socket.ReceiveAsync(buffer, limit.Token);
            if (result.MessageType == WebSocketMessageType.Close)
            {
                if (_socket.State == WebSocketState.CloseReceived)
                {
                    await _socket.CloseOutputAsync(WebSocketCloseStatus.NormalClosure, null, limit.Token);
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
