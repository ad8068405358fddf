using GraphQL.Types;

namespace Headless.GraphQL.Relay;

/// <summary>
/// A Relay cursor connection over <typeparamref name="TNodeGraphType"/>, named
/// <c>{Node}Connection</c>, with <c>edges</c>, a <c>nodes</c> shortcut, <c>pageInfo</c> and
/// <c>totalCount</c>.
/// </summary>
public sealed class ConnectionType<TNodeGraphType, T> : ObjectGraphType<Connection<T>>
    where TNodeGraphType : IGraphType
{
    public ConnectionType()
    {
        var nodeName = GraphTypeNames.Of<TNodeGraphType>();
        Name = $"{nodeName}Connection";
        Description = $"A page of {nodeName} items.";
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<EdgeType<TNodeGraphType, T>>>>>("edges")
            .Description("The items of the page with their cursors.")
            .Resolve(context => context.Source.Edges);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<TNodeGraphType>>>>("nodes")
            .Description("The items of the page, when cursors are not needed.")
            .Resolve(context => context.Source.Edges.Select(edge => edge.Node).ToArray());
        Field<NonNullGraphType<PageInfoType>>("pageInfo")
            .Description("Where the page sits in the whole list.")
            .Resolve(context => context.Source.PageInfo);
        Field<NonNullGraphType<IntGraphType>>("totalCount")
            .Description("The number of items in the whole list, across all pages.")
            .ResolveAsync(async context => await context.Source.TotalCount(context.CancellationToken));
    }
}
