using GraphQL;
using GraphQL.Resolvers;
using GraphQL.Types;

namespace Headless.GraphQL.Relay;

/// <summary>Adds the Relay refetch fields <c>node</c> and <c>nodes</c> to a query type.</summary>
public static class NodeFields
{
    /// <summary>The default cap on ids accepted by <c>nodes</c>.</summary>
    public const int DefaultMaxNodes = 100;

    /// <summary>The error code of a <c>nodes</c> call over the cap.</summary>
    public const string TooManyIdsCode = "TOO_MANY_IDS";

    /// <summary>
    /// Adds <c>node(id: ID!): Node</c> and <c>nodes(ids: [ID!]!): [Node]!</c>. Objects are fetched
    /// through the <see cref="INodeResolver"/> services of the request, one call per node type;
    /// an unknown, hidden or malformed id reads as <c>null</c>.
    /// </summary>
    public static TGraphType AddNodeFields<TGraphType>(this TGraphType query, int maxNodes = DefaultMaxNodes)
        where TGraphType : IComplexGraphType
    {
        ArgumentNullException.ThrowIfNull(query);
        ArgumentOutOfRangeException.ThrowIfLessThan(maxNodes, 1);

        query.AddField(new FieldType
        {
            Name = "node",
            Description = "Fetches an object given its global ID.",
            Type = typeof(NodeInterfaceType),
            Arguments = new QueryArguments(
                new QueryArgument<NonNullGraphType<IdGraphType>> { Name = "id", Description = "The global ID of the object." }),
            Resolver = new FuncFieldResolver<object?>(context => new ValueTask<object?>(ResolveNodeAsync(context))),
        });

        query.AddField(new FieldType
        {
            Name = "nodes",
            Description = $"Fetches objects given their global IDs, in the same order (at most {maxNodes}); null where an ID is unknown.",
            Type = typeof(NonNullGraphType<ListGraphType<NodeInterfaceType>>),
            Arguments = new QueryArguments(
                new QueryArgument<NonNullGraphType<ListGraphType<NonNullGraphType<IdGraphType>>>>
                {
                    Name = "ids",
                    Description = "The global IDs of the objects.",
                }),
            Resolver = new FuncFieldResolver<object?>(context => new ValueTask<object?>(ResolveNodesAsync(context, maxNodes))),
        });

        return query;
    }

    private static async Task<object?> ResolveNodeAsync(IResolveFieldContext context)
    {
        var found = await NodeLookup.ResolveAsync([context.GetArgument<string>("id")], context);
        return found[0];
    }

    private static async Task<object?> ResolveNodesAsync(IResolveFieldContext context, int maxNodes)
    {
        var ids = context.GetArgument<List<string>>("ids") ?? [];
        if (ids.Count > maxNodes)
        {
            throw new ExecutionError($"At most {maxNodes} IDs can be fetched at once; {ids.Count} were given.")
            {
                Code = TooManyIdsCode,
            };
        }

        return await NodeLookup.ResolveAsync(ids, context);
    }
}
