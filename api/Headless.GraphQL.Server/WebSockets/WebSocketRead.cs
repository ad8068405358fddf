namespace Headless.GraphQL.Server.WebSockets;

/// <summary>What one read of the socket gave.</summary>
internal readonly record struct WebSocketRead(WebSocketReadKind Kind, ReadOnlyMemory<byte> Bytes)
{
    public static WebSocketRead Closed => new(WebSocketReadKind.Closed, default);

    public static WebSocketRead TooBig => new(WebSocketReadKind.TooBig, default);

    public static WebSocketRead Message(ReadOnlyMemory<byte> bytes) => new(WebSocketReadKind.Message, bytes);
}
