using System.Net;
using System.Text.Json.Nodes;

namespace Headless.GraphQL.Server.Tests.Infrastructure;

/// <summary>What a test needs from an HTTP answer: status, media type, headers and parsed JSON.</summary>
public sealed record GraphQLResponse(HttpStatusCode Status, string? MediaType, string? ContentType, HttpResponseMessage Message, string Body)
{
    public JsonNode Json => JsonNode.Parse(Body) ?? throw new InvalidOperationException("The body is JSON null.");

    public JsonArray Errors => Json["errors"]?.AsArray() ?? throw new InvalidOperationException($"No errors in {Body}");

    public string FirstErrorMessage => Errors[0]!["message"]!.GetValue<string>();

    public string? FirstErrorCode => Errors[0]!["extensions"]?["code"]?.GetValue<string>();

    public static async Task<GraphQLResponse> ReadAsync(HttpResponseMessage message)
    {
        var body = await message.Content.ReadAsStringAsync();
        return new GraphQLResponse(
            message.StatusCode,
            message.Content.Headers.ContentType?.MediaType,
            message.Content.Headers.ContentType?.ToString(),
            message,
            body);
    }
}
