using System.Text.Json;

namespace Headless.Bench.Clients;

/// <summary>The <c>graphql-transport-ws</c> messages a subscriber sends, and a reader for what it receives.</summary>
public static class ClientFrames
{
    public const string SubProtocol = "graphql-transport-ws";

    public static readonly byte[] ConnectionInit = """{"type":"connection_init"}"""u8.ToArray();
    public static readonly byte[] Pong = """{"type":"pong"}"""u8.ToArray();

    public static byte[] Subscribe(string id, string query, IReadOnlyDictionary<string, object?> variables) =>
        JsonSerializer.SerializeToUtf8Bytes(new Dictionary<string, object>
        {
            ["id"] = id,
            ["type"] = "subscribe",
            ["payload"] = new Dictionary<string, object> { ["query"] = query, ["variables"] = variables },
        });

    public static byte[] Complete(string id) =>
        JsonSerializer.SerializeToUtf8Bytes(new Dictionary<string, string> { ["id"] = id, ["type"] = "complete" });

    /// <summary>The message type and, for a <c>next</c> carrying a tweet, its text.</summary>
    public static (string? Type, string? TweetText) Read(ReadOnlySpan<byte> frame)
    {
        var reader = new Utf8JsonReader(frame);
        using var document = JsonDocument.ParseValue(ref reader);
        var root = document.RootElement;
        var type = root.TryGetProperty("type", out var t) ? t.GetString() : null;
        var text = type == "next"
            && root.TryGetProperty("payload", out var payload)
            && payload.TryGetProperty("data", out var data) && data.ValueKind == JsonValueKind.Object
            && data.TryGetProperty("tweetReceived", out var tweet) && tweet.ValueKind == JsonValueKind.Object
            && tweet.TryGetProperty("text", out var value)
                ? value.GetString()
                : null;
        return (type, text);
    }
}
