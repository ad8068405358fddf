using System.Buffers.Text;
using System.Text.Json.Nodes;

namespace Headless.Auth.Tests.Support;

/// <summary>Reads a JWT's payload, as a partner would (the signature is checked by the server, not here).</summary>
public static class Jwt
{
    public static JsonObject Payload(string token)
    {
        ArgumentNullException.ThrowIfNull(token);
        var parts = token.Split('.');
        Assert.Equal(3, parts.Length);
        return JsonNode.Parse(Base64Url.DecodeFromChars(parts[1]))!.AsObject();
    }

    /// <summary>A claim that may be a single value or an array, as a list.</summary>
    public static IReadOnlyList<string> Values(JsonObject payload, string claim)
    {
        ArgumentNullException.ThrowIfNull(payload);
        return payload[claim] switch
        {
            null => [],
            JsonArray array => [.. array.Select(v => v!.ToString())],
            var value => [value.ToString()],
        };
    }
}
