using System.Text.Json.Nodes;

namespace Headless.Api.Tests.Infrastructure;

/// <summary>Reads the errors of a GraphQL response.</summary>
public static class GraphQLErrors
{
    /// <summary>Posts a request that must fail, and returns its errors.</summary>
    public static async Task<JsonArray> ErrorsAsync(this HttpClient client, string query, object? variables = null)
    {
        var result = await client.PostAsync(query, variables);
        return Of(result);
    }

    public static JsonArray Of(JsonNode? result)
    {
        var errors = result?["errors"]?.AsArray();
        Assert.True(errors is { Count: > 0 }, $"Expected errors, got: {result?.ToJsonString()}");
        return errors;
    }

    /// <summary>The <c>extensions.code</c> of each error.</summary>
    public static IReadOnlyList<string?> Codes(this JsonArray errors) =>
        [.. errors.Select(e => e?["extensions"]?["code"]?.GetValue<string>())];
}
