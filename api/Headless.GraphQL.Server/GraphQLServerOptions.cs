using System.ComponentModel.DataAnnotations;

namespace Headless.GraphQL.Server;

/// <summary>
/// Limits and switches of the GraphQL endpoint, bound from the <c>GraphQL</c> configuration section.
/// </summary>
public sealed record GraphQLServerOptions
{
    public const string SectionName = "GraphQL";

    /// <summary>Largest accepted request body (or GET query string), in bytes.</summary>
    [Range(1, 64 * 1024 * 1024)]
    public int MaxDocumentBytes { get; set; } = 64 * 1024;

    /// <summary>Most operations accepted in one batched (JSON array) request.</summary>
    [Range(1, 1000)]
    public int MaxBatchSize { get; set; } = 10;

    /// <summary>Time one operation may run before it is cancelled and answered with a timeout error.</summary>
    [Range(typeof(TimeSpan), "00:00:00.001", "01:00:00")]
    public TimeSpan ExecutionTimeout { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>Deepest field nesting allowed in an operation.</summary>
    [Range(1, 1000)]
    public int MaxDepth { get; set; } = 15;

    /// <summary>Highest complexity score (GraphQL.NET's analyzer) allowed for an operation.</summary>
    [Range(1, int.MaxValue)]
    public int MaxComplexity { get; set; } = 1000;

    /// <summary>Most aliased fields allowed in an operation (aliases multiply work cheaply).</summary>
    [Range(0, 100_000)]
    public int MaxAliases { get; set; } = 30;

    /// <summary>Whether unhandled resolver exceptions show their message and stack trace.</summary>
    public bool ExposeExceptionDetails { get; set; }

    /// <summary>Whether <c>__schema</c> and <c>__type</c> may be queried.</summary>
    public bool EnableIntrospection { get; set; } = true;

    /// <summary>Whether validation errors may hint at existing names ("Did you mean ...?").</summary>
    public bool EnableSuggestions { get; set; } = true;

    /// <summary>Whether a browser GET on the endpoint is answered with the GraphiQL IDE.</summary>
    public bool EnableGraphiQL { get; set; }

    /// <summary>How many validated documents the parsed-document cache keeps.</summary>
    [Range(1, 1_000_000)]
    public int DocumentCacheSize { get; set; } = 500;

    /// <summary>Whether the endpoint accepts WebSocket upgrades speaking <c>graphql-transport-ws</c>.</summary>
    public bool EnableWebSockets { get; set; } = true;

    /// <summary>Whether the endpoint streams results as Server-Sent Events to clients accepting <c>text/event-stream</c>.</summary>
    public bool EnableServerSentEvents { get; set; } = true;

    /// <summary>Time a new WebSocket has to send <c>connection_init</c> before it is closed with 4408.</summary>
    [Range(typeof(TimeSpan), "00:00:00.001", "01:00:00")]
    public TimeSpan ConnectionInitTimeout { get; set; } = TimeSpan.FromSeconds(10);

    /// <summary>
    /// How often the server pings WebSocket clients (a <c>ping</c> message) and writes an SSE comment,
    /// so proxies keep idle connections open. Zero disables keep-alive.
    /// </summary>
    [Range(typeof(TimeSpan), "00:00:00", "01:00:00")]
    public TimeSpan KeepAliveInterval { get; set; } = TimeSpan.FromSeconds(15);

    /// <summary>
    /// Messages waiting to be written to one real-time client. A client that falls this far behind
    /// is disconnected rather than slowing anyone else down.
    /// </summary>
    [Range(1, 1_000_000)]
    public int MaxOutboundQueue { get; set; } = 1000;

    /// <summary>Open real-time connections (WebSocket and SSE together) the server accepts; more are refused with 503.</summary>
    [Range(1, 10_000_000)]
    public int MaxConnections { get; set; } = 10_000;

    /// <summary>Operations running at once on one WebSocket; one more is answered with an <c>error</c> message.</summary>
    [Range(1, 100_000)]
    public int MaxOperationsPerConnection { get; set; } = 100;

    /// <summary>Largest WebSocket message a client may send, in bytes; a larger one closes the socket with 1009.</summary>
    [Range(1, 64 * 1024 * 1024)]
    public int MaxMessageBytes { get; set; } = 64 * 1024;
}
