using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;

namespace Headless.GraphQL.Server.Tests.Infrastructure;

public static class HttpClientGraphQLExtensions
{
    public const string GraphQLResponseJson = "application/graphql-response+json";

    /// <summary>POSTs <paramref name="body"/> serialized as JSON (an anonymous object or array).</summary>
    public static Task<GraphQLResponse> PostGraphQLAsync(this HttpClient client, object body, string? accept = GraphQLResponseJson) =>
        client.PostRawAsync(JsonSerializer.Serialize(body), "application/json", accept);

    public static async Task<GraphQLResponse> PostRawAsync(this HttpClient client, string body, string? contentType, string? accept = GraphQLResponseJson)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/graphql");
        request.Content = new ByteArrayContent(Encoding.UTF8.GetBytes(body));
        if (contentType is not null)
        {
            request.Content.Headers.ContentType = MediaTypeHeaderValue.Parse(contentType);
        }

        AddAccept(request, accept);
        return await GraphQLResponse.ReadAsync(await client.SendAsync(request));
    }

    public static async Task<GraphQLResponse> GetGraphQLAsync(this HttpClient client, string queryString, string? accept = GraphQLResponseJson)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, "/graphql" + queryString);
        AddAccept(request, accept);
        return await GraphQLResponse.ReadAsync(await client.SendAsync(request));
    }

    public static string Query(string query, string? variables = null, string? operationName = null)
    {
        var parts = new List<string> { "query=" + Uri.EscapeDataString(query) };
        if (variables is not null)
        {
            parts.Add("variables=" + Uri.EscapeDataString(variables));
        }

        if (operationName is not null)
        {
            parts.Add("operationName=" + Uri.EscapeDataString(operationName));
        }

        return "?" + string.Join('&', parts);
    }

    private static void AddAccept(HttpRequestMessage request, string? accept)
    {
        if (accept is not null)
        {
            request.Headers.TryAddWithoutValidation("Accept", accept);
        }
    }
}
