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
}
