using System.Text.Json;
using Headless.GraphQL.Server.Errors;
using Microsoft.AspNetCore.Http;

namespace Headless.GraphQL.Server.Http;

/// <summary>Turns a JSON body into GraphQL requests, checking every parameter's JSON type.</summary>
internal static class JsonRequestParser
{
    public static RequestReadResult Parse(ReadOnlyMemory<byte> body, int maxBatchSize, GraphQLResponseSerializer serializer)
    {
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(body);
        }
        catch (JsonException)
        {
            return BadRequest(GraphQLErrorCodes.InvalidJson, "The request body is not valid JSON.");
        }

        using (document)
        {
            var root = document.RootElement;
            return root.ValueKind switch
            {
                JsonValueKind.Object => ParseSingle(root, serializer),
                JsonValueKind.Array => ParseBatch(root, maxBatchSize, serializer),
                _ => BadRequest(GraphQLErrorCodes.InvalidRequest, "The request body must be a JSON object or an array of objects."),
            };
        }
    }

    private static RequestReadResult ParseSingle(JsonElement element, GraphQLResponseSerializer serializer)
    {
        var (request, error) = ReadRequest(element, serializer);
        return request is null ? BadRequest(GraphQLErrorCodes.InvalidRequest, error!) : RequestReadResult.Single(request);
    }

    private static RequestReadResult ParseBatch(JsonElement array, int maxBatchSize, GraphQLResponseSerializer serializer)
    {
        var count = array.GetArrayLength();
        if (count == 0)
        {
            return BadRequest(GraphQLErrorCodes.InvalidRequest, "A batched request must contain at least one operation.");
        }

        if (count > maxBatchSize)
        {
            return BadRequest(GraphQLErrorCodes.BatchTooLarge, $"A batched request may contain at most {maxBatchSize} operations.");
        }

        var requests = new List<GraphQLHttpRequest>(count);
        var index = 0;
        foreach (var element in array.EnumerateArray())
        {
            var (request, error) = element.ValueKind == JsonValueKind.Object
                ? ReadRequest(element, serializer)
                : (null, "Each batched request must be a JSON object.");
            if (request is null)
            {
                return BadRequest(GraphQLErrorCodes.InvalidRequest, $"Batched request {index}: {error}");
            }

            requests.Add(request);
            index++;
        }

        return RequestReadResult.Batch(requests);
    }

    internal static (GraphQLHttpRequest? Request, string? Error) ReadRequest(JsonElement element, GraphQLResponseSerializer serializer)
    {
        if (!element.TryGetProperty("query", out var query) || query.ValueKind == JsonValueKind.Null)
        {
            return (null, "The 'query' parameter is required.");
        }

        if (query.ValueKind != JsonValueKind.String)
        {
            return (null, "The 'query' parameter must be a string.");
        }

        string? operationName = null;
        if (element.TryGetProperty("operationName", out var name) && name.ValueKind != JsonValueKind.Null)
        {
            if (name.ValueKind != JsonValueKind.String)
            {
                return (null, "The 'operationName' parameter must be a string or null.");
            }

            operationName = name.GetString();
        }

        if (!TryReadMap(element, "variables", serializer, out var variables, out var variablesError))
        {
            return (null, variablesError);
        }

        if (!TryReadMap(element, "extensions", serializer, out var extensions, out var extensionsError))
        {
            return (null, extensionsError);
        }

        return (new GraphQLHttpRequest(query.GetString()!, operationName, variables, extensions), null);
    }

    private static bool TryReadMap(
        JsonElement element,
        string property,
        GraphQLResponseSerializer serializer,
        out global::GraphQL.Inputs? value,
        out string? error)
    {
        value = null;
        error = null;
        if (!element.TryGetProperty(property, out var map) || map.ValueKind == JsonValueKind.Null)
        {
            return true;
        }

        if (map.ValueKind != JsonValueKind.Object)
        {
            error = $"The '{property}' parameter must be a JSON object or null.";
            return false;
        }

        value = serializer.ReadInputs(map);
        return true;
    }

    private static RequestReadResult BadRequest(string code, string message) =>
        RequestReadResult.Refused(StatusCodes.Status400BadRequest, code, message);
}
