using GraphQL.Types;

namespace Headless.GraphQL.Relay;

/// <summary>Makes an object graph type a Relay node.</summary>
public static class NodeGraphTypeExtensions
{
    /// <summary>
    /// Adds <c>id: ID!</c> (the global id of <paramref name="idSelector"/>'s value), implements
    /// <c>Node</c>, and recognises instances of <typeparamref name="T"/> so the interface can resolve
    /// to this type. <paramref name="typeName"/> is the name inside the global id and the key under
    /// which an <see cref="INodeResolver"/> refetches the object; it is usually the graph type name.
    /// </summary>
    public static ObjectGraphType<T> ImplementsNode<T>(
        this ObjectGraphType<T> graphType,
        string typeName,
        Func<T, Guid> idSelector)
    {
        ArgumentNullException.ThrowIfNull(graphType);
        ArgumentNullException.ThrowIfNull(idSelector);
        if (!GraphQLNames.IsValid(typeName))
        {
            throw new ArgumentException($"'{typeName}' is not a valid GraphQL type name.", nameof(typeName));
        }

        graphType.Field<NonNullGraphType<IdGraphType>>("id")
            .Description("The globally unique, opaque ID of the object.")
            .Resolve(context => GlobalId.Encode(typeName, idSelector(context.Source)));
        graphType.Interface<NodeInterfaceType>();
        graphType.IsTypeOf = value => value is T;
        return graphType;
    }
}
