using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace Headless.Api.Tests.Infrastructure;

/// <summary>Posts GraphQL requests to the host and returns the parsed response.</summary>
public static class GraphQLClient
{
    public static async Task<JsonObject> PostAsync(this HttpClient client, string query, object? variables = null)
    {
        ArgumentNullException.ThrowIfNull(client);
        using var response = await client.PostAsJsonAsync("/graphql", new { query, variables });
        var body = await response.Content.ReadAsStringAsync();
        return JsonNode.Parse(body)?.AsObject() ?? throw new JsonException($"Not a JSON object: {body}");
    }

    /// <summary>Posts and asserts there are no errors, returning <c>data</c>.</summary>
    public static async Task<JsonObject> QueryAsync(this HttpClient client, string query, object? variables = null)
    {
        var result = await client.PostAsync(query, variables);
        Assert.True(result["errors"] is null, $"Unexpected errors: {result["errors"]}");
        return result["data"]!.AsObject();
    }
}
