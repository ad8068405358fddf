using GraphQL;
using Microsoft.Extensions.DependencyInjection;

namespace Headless.GraphQL.Relay;

/// <summary>Turns global ids into objects through the registered <see cref="INodeResolver"/>s.</summary>
internal static class NodeLookup
{
    /// <summary>Returns one entry per input id, in input order; null where nothing may be shown.</summary>
    public static async Task<object?[]> ResolveAsync(IReadOnlyList<string?> globalIds, IResolveFieldContext context)
    {
        var results = new object?[globalIds.Count];
        var requested = Decode(globalIds);
        if (requested.Count == 0)
        {
            return results;
        }

        var resolvers = FindResolvers(context);

        // Types are resolved one after another: resolvers usually share the request's unit of work.
        foreach (var group in requested.GroupBy(entry => entry.TypeName, StringComparer.Ordinal))
        {
            if (!resolvers.TryGetValue(group.Key, out var resolver))
            {
                continue;
            }

            var ids = group.Select(entry => entry.Id).Distinct().ToArray();
            var found = await resolver.ResolveAsync(ids, context, context.CancellationToken);
            foreach (var entry in group)
            {
                results[entry.Position] = found.GetValueOrDefault(entry.Id);
            }
        }

        return results;
    }

    private static List<(int Position, string TypeName, Guid Id)> Decode(IReadOnlyList<string?> globalIds)
    {
        var requested = new List<(int Position, string TypeName, Guid Id)>(globalIds.Count);
        for (var position = 0; position < globalIds.Count; position++)
        {
            if (GlobalId.TryDecode(globalIds[position], out var typeName, out var id))
            {
                requested.Add((position, typeName, id));
            }
        }

        return requested;
    }

    private static Dictionary<string, INodeResolver> FindResolvers(IResolveFieldContext context)
    {
        var services = context.RequestServices
            ?? throw new InvalidOperationException("Node fields need ExecutionOptions.RequestServices to find the node resolvers.");
        var resolvers = new Dictionary<string, INodeResolver>(StringComparer.Ordinal);
        foreach (var resolver in services.GetServices<INodeResolver>())
        {
            if (!resolvers.TryAdd(resolver.TypeName, resolver))
            {
                throw new InvalidOperationException($"More than one node resolver is registered for type '{resolver.TypeName}'.");
            }
        }

        return resolvers;
    }
}
