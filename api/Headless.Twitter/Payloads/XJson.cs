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

    /// <summary>Classifies one stream line so the reader can tell keep-alives, tweets, error notices and garbage apart.</summary>
    public static XStreamLine ParseStreamLine(string? line)
    {
        if (string.IsNullOrWhiteSpace(line))
        {
            return new XStreamLine(XStreamLineKind.KeepAlive, null);
        }

        XStreamMessage? message;
        try
        {
            message = JsonSerializer.Deserialize<XStreamMessage>(line, Options);
        }
        catch (JsonException)
        {
            return new XStreamLine(XStreamLineKind.Malformed, null);
        }

        if (message?.Data is { Id.Length: > 0, Text: not null })
        {
            return new XStreamLine(XStreamLineKind.Tweet, message);
        }

        return message?.Errors is { Count: > 0 }
            ? new XStreamLine(XStreamLineKind.Errors, message)
            : new XStreamLine(XStreamLineKind.Malformed, null);
    }
}
