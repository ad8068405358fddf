using System.Net;
using System.Text.Json.Nodes;

namespace Headless.Auth.Tests.Support;

/// <summary>The status and JSON body of a token, introspection or revocation response.</summary>
public sealed record OAuthResponse(HttpStatusCode Status, JsonObject Body)
{
    public string? Error => Body["error"]?.GetValue<string>();

    public string AccessToken => Body["access_token"]?.GetValue<string>() ?? throw new InvalidOperationException($"No access token: {Body.ToJsonString()}");

    public string RefreshToken => Body["refresh_token"]?.GetValue<string>() ?? throw new InvalidOperationException($"No refresh token: {Body.ToJsonString()}");

    public static async Task<OAuthResponse> PostFormAsync(HttpClient client, string path, params (string Name, string Value)[] fields)
    {
        ArgumentNullException.ThrowIfNull(client);
        using var content = new FormUrlEncodedContent(fields.Select(f => KeyValuePair.Create(f.Name, f.Value)));
        using var response = await client.PostAsync(path, content);
        var text = await response.Content.ReadAsStringAsync();
        var body = text.Length == 0 ? [] : JsonNode.Parse(text)?.AsObject() ?? [];
        return new OAuthResponse(response.StatusCode, body);
    }
}
