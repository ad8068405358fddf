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
    private readonly GraphQLSerializer _serializer;

    public GraphQLResponseSerializer(ServerErrorInfoProvider errorInfoProvider)
    {
        // Responses are JSON, never embedded in HTML, so non-ASCII text (names, tweets) is written as is.
        _serializer = new GraphQLSerializer(o => o.Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping, errorInfoProvider);
    }

    public Task WriteAsync<T>(Stream stream, T value, CancellationToken ct) =>
        _serializer.WriteAsync(stream, value, ct);

    public string Serialize<T>(T value) => _serializer.Serialize(value);

    /// <summary>Reads a JSON object into GraphQL inputs; <see langword="null"/> for JSON null.</summary>
    public Inputs? ReadInputs(JsonElement element) => _serializer.ReadNode<Inputs>(element);
}
