using System.Text.Json;
using Headless.GraphQL.Server.Http;

namespace Headless.GraphQL.Server.WebSockets;

/// <summary>Reads a <c>graphql-transport-ws</c> client message, or says why it is invalid (closed with 4400).</summary>
internal static class ClientMessageParser
{
    public static (ClientMessage? Message, string? Error) Parse(ReadOnlyMemory<byte> bytes, GraphQLResponseSerializer serializer)
    {
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(bytes);
        }
        catch (JsonException)
        {
            return (null, "Invalid message: not JSON");
        }

        using (document)
        {
            var root = document.RootElement;
            if (root.ValueKind != JsonValueKind.Object
                || !root.TryGetProperty("type", out var type)
                || type.ValueKind != JsonValueKind.String)
            {
                return (null, "Invalid message: a JSON object with a string 'type' is expected");
            }

            return type.GetString() switch
            {
                "connection_init" => WithPayload(root, ClientMessageType.ConnectionInit, serializer),
                "ping" => WithPayload(root, ClientMessageType.Ping, serializer),
                "pong" => WithPayload(root, ClientMessageType.Pong, serializer),
                "subscribe" => Subscribe(root, serializer),
                "complete" => Complete(root),
                var other => (null, $"Invalid message: unknown type '{Shorten(other)}'"),
            };
        }
    }

    private static (ClientMessage?, string?) WithPayload(JsonElement root, ClientMessageType type, GraphQLResponseSerializer serializer)
    {
        if (!root.TryGetProperty("payload", out var payload) || payload.ValueKind == JsonValueKind.Null)
        {
            return (new ClientMessage(type), null);
        }

        return payload.ValueKind == JsonValueKind.Object
            ? (new ClientMessage(type, Payload: serializer.ReadInputs(payload)), null)
            : (null, "Invalid message: 'payload' must be an object");
    }

    private static (ClientMessage?, string?) Subscribe(JsonElement root, GraphQLResponseSerializer serializer)
    {
        if (ReadId(root) is not { } id)
        {
            return (null, "Invalid message: 'subscribe' needs a non-empty string 'id'");
        }

        if (!root.TryGetProperty("payload", out var payload) || payload.ValueKind != JsonValueKind.Object)
        {
            return (null, "Invalid message: 'subscribe' needs an object 'payload'");
        }

        var (request, error) = JsonRequestParser.ReadRequest(payload, serializer);
        return request is null
            ? (null, "Invalid message: " + error)
            : (new ClientMessage(ClientMessageType.Subscribe, id, request), null);
    }

    private static (ClientMessage?, string?) Complete(JsonElement root) =>
        ReadId(root) is { } id
            ? (new ClientMessage(ClientMessageType.Complete, id), null)
            : (null, "Invalid message: 'complete' needs a non-empty string 'id'");

    private static string? ReadId(JsonElement root) =>
        root.TryGetProperty("id", out var id) && id.ValueKind == JsonValueKind.String && id.GetString() is { Length: > 0 } value
            ? value
            : null;

    private static string Shorten(string? text) => text is { Length: > 40 } ? text[..40] : text ?? string.Empty;
}
