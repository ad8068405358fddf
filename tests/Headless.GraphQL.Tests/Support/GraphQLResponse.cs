using System.Text.Json;

namespace Headless.GraphQL.Tests.Support;

/// <summary>A serialized GraphQL response, as a client would read it.</summary>
internal sealed record GraphQLResponse(string Json, JsonElement Data, IReadOnlyList<JsonElement> Errors)
{
    public static GraphQLResponse Parse(string json)
    {
        var root = JsonDocument.Parse(json).RootElement;
        var data = root.TryGetProperty("data", out var value) ? value : default;
        var errors = root.TryGetProperty("errors", out var list) ? list.EnumerateArray().ToArray() : [];
        return new GraphQLResponse(json, data, errors);
    }

    public IReadOnlyList<string?> ErrorCodes => Errors
        .Select(error => error.TryGetProperty("extensions", out var extensions) && extensions.TryGetProperty("code", out var code)
            ? code.GetString()
            : null)
        .ToArray();

    public void AssertNoErrors() => Assert.True(Errors.Count == 0, $"Unexpected errors: {Json}");
}
