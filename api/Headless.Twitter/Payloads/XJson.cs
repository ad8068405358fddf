using System.Text.Json;

namespace Headless.Twitter.Payloads;

/// <summary>Reads X API v2 JSON (snake_case) without throwing on bad input.</summary>
public static class XJson
{
    public static JsonSerializerOptions Options { get; } = new(JsonSerializerDefaults.Web)
    {
        PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower,
        PropertyNameCaseInsensitive = true,
    };

    /// <summary>Parses one stream line; false for keep-alives, malformed JSON or a message without a tweet id.</summary>
    public static bool TryParseStreamLine(string? line, out XStreamMessage? message)
    {
        message = null;
        if (string.IsNullOrWhiteSpace(line))
        {
            return false;
        }

        try
        {
            message = JsonSerializer.Deserialize<XStreamMessage>(line, Options);
        }
        catch (JsonException)
        {
            return false;
        }

        return message?.Data is { Id.Length: > 0, Text: not null };
    }
}
