using System.Text.Encodings.Web;
using System.Text.Json;
using GraphQL;
using GraphQL.SystemTextJson;
using Headless.GraphQL.Server.Errors;

namespace Headless.GraphQL.Server.Http;

/// <summary>
/// The wire format of the server: reads variables/extensions and writes results with the
/// server's own error shaping, so every transport answers errors the same way.
/// </summary>
public sealed class GraphQLResponseSerializer
{
    private readonly Utf8Serializer _serializer;

    public GraphQLResponseSerializer(ServerErrorInfoProvider errorInfoProvider)
    {
        // Responses are JSON, never embedded in HTML, so non-ASCII text (names, tweets) is written as is.
        _serializer = new Utf8Serializer(errorInfoProvider);
    }

    public Task WriteAsync<T>(Stream stream, T value, CancellationToken ct) =>
        _serializer.WriteAsync(stream, value, ct);

    public string Serialize<T>(T value) => _serializer.Serialize(value);

    /// <summary>UTF-8 JSON, ready to be spliced into a transport frame without another copy through a string.</summary>
    public byte[] SerializeToUtf8Bytes<T>(T value) => _serializer.SerializeToUtf8Bytes(value);

    /// <summary>The shaped <c>errors</c> array of a result alone, as the WebSocket <c>error</c> message carries it.</summary>
    public byte[] SerializeErrorsToUtf8Bytes(ExecutionResult result)
    {
        ArgumentNullException.ThrowIfNull(result);
        using var document = JsonDocument.Parse(SerializeToUtf8Bytes(result));
        return document.RootElement.TryGetProperty("errors", out var errors)
            ? System.Text.Encoding.UTF8.GetBytes(errors.GetRawText())
            : "[]"u8.ToArray();
    }

    /// <summary>Reads a JSON object into GraphQL inputs; <see langword="null"/> for JSON null.</summary>
    public Inputs? ReadInputs(JsonElement element) => _serializer.ReadNode<Inputs>(element);

    /// <summary>GraphQL.NET's serializer, opened up to write UTF-8 bytes directly.</summary>
    private sealed class Utf8Serializer(ServerErrorInfoProvider errorInfoProvider)
        : GraphQLSerializer(o => o.Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping, errorInfoProvider)
    {
        public byte[] SerializeToUtf8Bytes<T>(T value) => JsonSerializer.SerializeToUtf8Bytes(value, SerializerOptions);
    }
}
