using System.Collections.Concurrent;
using GraphQL;
using GraphQL.Types;

namespace Headless.GraphQL.Relay;

/// <summary>
/// Finds the schema name of a graph type from its CLR type, for types whose own name is derived
/// from another (<c>CampaignConnection</c> from <c>Campaign</c>).
/// </summary>
internal static class GraphTypeNames
{
    private static readonly ConcurrentDictionary<Type, string> Names = new();

    /// <summary>
    /// The name set by the type itself (usually in its constructor) when it has a parameterless
    /// constructor; otherwise GraphQL.NET's naming convention, which honours
    /// <see cref="GraphQLMetadataAttribute"/> and strips a <c>GraphType</c>/<c>Type</c> suffix.
    /// </summary>
    public static string Of<TGraphType>()
        where TGraphType : IGraphType
        => Names.GetOrAdd(typeof(TGraphType), Resolve);

    private static string Resolve(Type graphType)
    {
        if (graphType.GetConstructor(Type.EmptyTypes) is { } constructor
            && constructor.Invoke(null) is IGraphType { Name: { Length: > 0 } name })
        {
            return name;
        }

        return graphType.GraphQLName();
    }
}
