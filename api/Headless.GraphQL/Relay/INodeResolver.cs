using GraphQL;

namespace Headless.GraphQL.Relay;

/// <summary>
/// Refetches the objects of one node type for <c>node</c> and <c>nodes</c>. Register one per type
/// in the request's service provider.
/// </summary>
public interface INodeResolver
{
    /// <summary>The type name used in global ids (see <see cref="GlobalId"/>).</summary>
    string TypeName { get; }

    /// <summary>
    /// Loads the objects with the given ids. Omit an id that does not exist or that the caller may
    /// not see: both read as <c>null</c>, so a client cannot tell them apart.
    /// </summary>
    Task<IReadOnlyDictionary<Guid, object>> ResolveAsync(
        IReadOnlyList<Guid> ids,
        IResolveFieldContext context,
        CancellationToken cancellationToken);
}
