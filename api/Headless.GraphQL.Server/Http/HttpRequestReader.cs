using System.Buffers;
using System.Text.Json;
using Headless.GraphQL.Server.Errors;
using Microsoft.AspNetCore.Http;
using Microsoft.Net.Http.Headers;

namespace Headless.GraphQL.Server.Http;

/// <summary>Reads GraphQL requests from GET query strings and POST JSON bodies.</summary>
internal static class HttpRequestReader
{
    public static RequestReadResult ReadGet(HttpRequest request, GraphQLServerOptions options, GraphQLResponseSerializer serializer)
    {
        if ((request.QueryString.Value?.Length ?? 0) > options.MaxDocumentBytes)
        {
            return TooLarge(options);
        }

        var query = request.Query["query"];
        if (query.Count == 0 || string.IsNullOrEmpty(query[0]))
        {
            return BadRequest("The 'query' parameter is required.");
        }

        var operationName = request.Query["operationName"];
        if (!TryReadJsonMap(request.Query["variables"], "variables", serializer, out var variables, out var error)
            || !TryReadJsonMap(request.Query["extensions"], "extensions", serializer, out var extensions, out error))
        {
            return BadRequest(error!);
        }

        return RequestReadResult.Single(new GraphQLHttpRequest(
            query[0]!,
            string.IsNullOrEmpty(operationName) ? null : operationName.ToString(),
            variables,
            extensions));
    }

    public static async Task<RequestReadResult> ReadPostAsync(
        HttpRequest request,
        GraphQLServerOptions options,
        GraphQLResponseSerializer serializer,
        CancellationToken ct)
    {
        var contentTypeError = CheckContentType(request.ContentType);
        if (contentTypeError is not null)
        {
            return RequestReadResult.Refused(StatusCodes.Status415UnsupportedMediaType, GraphQLErrorCodes.UnsupportedMediaType, contentTypeError);
        }

        if (request.ContentLength > options.MaxDocumentBytes)
        {
            return TooLarge(options);
        }

        var body = await ReadBodyAsync(request.Body, options.MaxDocumentBytes, ct);
        return body is null ? TooLarge(options) : JsonRequestParser.Parse(body, options.MaxBatchSize, serializer);
    }

    /// <summary>
    /// Only JSON in UTF-8 is accepted: the simple-request types a browser may send cross-site
    /// without a preflight (form posts, text/plain) are refused, which is what blocks CSRF.
    /// </summary>
    private static string? CheckContentType(string? contentType)
    {
        if (string.IsNullOrWhiteSpace(contentType))
        {
            return "A POST request must have a Content-Type of application/json.";
        }

        if (!MediaTypeHeaderValue.TryParse(contentType, out var parsed)
            || !parsed.MediaType.Equals(GraphQLMediaTypes.Json, StringComparison.OrdinalIgnoreCase))
        {
            return $"Content-Type '{contentType}' is not supported; use application/json.";
        }

        if (parsed.Charset.HasValue && !parsed.Charset.Equals("utf-8", StringComparison.OrdinalIgnoreCase))
        {
            return $"Charset '{parsed.Charset}' is not supported; use utf-8.";
        }

        return null;
    }

    /// <summary>Reads at most <paramref name="maxBytes"/>; <see langword="null"/> when the body is longer.</summary>
    private static async Task<byte[]?> ReadBodyAsync(Stream body, int maxBytes, CancellationToken ct)
    {
        using var buffer = new MemoryStream();
        var chunk = ArrayPool<byte>.Shared.Rent(16 * 1024);
        try
        {
            int read;
            while ((read = await body.ReadAsync(chunk, ct)) > 0)
            {
                if (buffer.Length + read > maxBytes)
                {
                    return null;
                }

                buffer.Write(chunk, 0, read);
            }
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(chunk);
        }

        return buffer.ToArray();
    }

    private static bool TryReadJsonMap(
        Microsoft.Extensions.Primitives.StringValues raw,
        string name,
        GraphQLResponseSerializer serializer,
        out global::GraphQL.Inputs? value,
        out string? error)
    {
        value = null;
        error = null;
        if (string.IsNullOrEmpty(raw))
        {
            return true;
        }

        try
        {
            using var document = JsonDocument.Parse(raw.ToString());
            if (document.RootElement.ValueKind == JsonValueKind.Null)
            {
                return true;
            }

            if (document.RootElement.ValueKind == JsonValueKind.Object)
            {
                value = serializer.ReadInputs(document.RootElement);
                return true;
            }
        }
        catch (JsonException)
        {
            // Falls through to the same answer as a JSON value of the wrong type.
        }

        error = $"The '{name}' parameter must be a JSON-encoded object.";
        return false;
    }

    private static RequestReadResult TooLarge(GraphQLServerOptions options) =>
        RequestReadResult.Refused(
            StatusCodes.Status413PayloadTooLarge,
            GraphQLErrorCodes.DocumentTooLarge,
            $"The request is larger than the limit of {options.MaxDocumentBytes} bytes.");

    private static RequestReadResult BadRequest(string message) =>
        RequestReadResult.Refused(StatusCodes.Status400BadRequest, GraphQLErrorCodes.InvalidRequest, message);
}
