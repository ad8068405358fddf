using GraphQL.Types;

namespace Headless.GraphQL.Relay;

/// <summary>The edge object of a connection, named <c>{Node}Edge</c>.</summary>
public sealed class EdgeType<TNodeGraphType, T> : ObjectGraphType<Edge<T>>
    where TNodeGraphType : IGraphType
{
    public EdgeType()
    {
        var nodeName = GraphTypeNames.Of<TNodeGraphType>();
        Name = $"{nodeName}Edge";
        Description = $"An edge in a connection of {nodeName} items.";
        Field<NonNullGraphType<StringGraphType>>("cursor")
            .Description("An opaque cursor to pass as 'after' or 'before' to page from this item.")
            .Resolve(context => context.Source.Cursor);
        Field<NonNullGraphType<TNodeGraphType>>("node")
            .Description("The item at the end of the edge.")
            .Resolve(context => context.Source.Node);
    }
}
