using System.Buffers;
using System.Net.WebSockets;

namespace Headless.GraphQL.Server.WebSockets;

/// <summary>Reads whole WebSocket messages, refusing to buffer more than the configured size.</summary>
internal sealed class WebSocketMessageReader(WebSocket socket, int maxMessageBytes)
{
    private readonly byte[] _chunk = new byte[Math.Min(maxMessageBytes + 1, 16 * 1024)];

    public async Task<WebSocketRead> ReadAsync(CancellationToken ct)
    {
        var message = new ArrayBufferWriter<byte>();
        var tooBig = false;
        while (true)
        {
            var received = await socket.ReceiveAsync(_chunk.AsMemory(), ct);
            if (received.MessageType == WebSocketMessageType.Close)
            {
                return WebSocketRead.Closed;
            }

            // Past the limit the rest of the message is still read, to find its end, but not kept.
            if (!tooBig && message.WrittenCount + received.Count > maxMessageBytes)
            {
                tooBig = true;
            }

            if (!tooBig)
            {
                message.Write(_chunk.AsSpan(0, received.Count));
            }

            if (received.EndOfMessage)
            {
                return tooBig ? WebSocketRead.TooBig : WebSocketRead.Message(message.WrittenMemory);
            }
        }
    }
}
