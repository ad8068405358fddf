using System.Buffers;
using System.Text.Json;

namespace Headless.GraphQL.Server.WebSockets;

/// <summary>
/// Frames of the server's <c>graphql-transport-ws</c> messages. Results arrive already serialised
/// and are spliced in as they are, so a shared event is never serialised per subscriber.
/// </summary>
internal static class ServerMessages
{
    public static readonly byte[] ConnectionAck = """{"type":"connection_ack"}"""u8.ToArray();
    public static readonly byte[] Ping = """{"type":"ping"}"""u8.ToArray();
    public static readonly byte[] Pong = """{"type":"pong"}"""u8.ToArray();

    private static readonly byte[] Closing = "}"u8.ToArray();

    /// <summary><c>{"id":"…","type":"<paramref name="type"/>","payload":</c>, to be followed by a payload and <c>}</c>.</summary>
    public static byte[] PayloadPrefix(string id, string type)
    {
        var buffer = new ArrayBufferWriter<byte>();
        using (var writer = new Utf8JsonWriter(buffer))
        {
            writer.WriteStartObject();
            writer.WriteString("id", id);
            writer.WriteString("type", type);
            writer.WritePropertyName("payload");
            writer.WriteNullValue();
            writer.WriteEndObject();
        }

        // The writer checks JSON structure, so it writes a null payload that is cut off again here.
        return buffer.WrittenSpan[..^"null}".Length].ToArray();
    }

    public static byte[] WithPayload(byte[] prefix, ReadOnlySpan<byte> payload)
    {
        var frame = new byte[prefix.Length + payload.Length + Closing.Length];
        prefix.CopyTo(frame, 0);
        payload.CopyTo(frame.AsSpan(prefix.Length));
        Closing.CopyTo(frame, prefix.Length + payload.Length);
        return frame;
    }

    public static byte[] Complete(string id)
    {
        var buffer = new ArrayBufferWriter<byte>();
        using (var writer = new Utf8JsonWriter(buffer))
        {
            writer.WriteStartObject();
            writer.WriteString("id", id);
            writer.WriteString("type", "complete");
            writer.WriteEndObject();
        }

        return buffer.WrittenSpan.ToArray();
    }
}
