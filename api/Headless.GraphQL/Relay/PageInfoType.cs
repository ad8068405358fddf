using GraphQL.Types;

namespace Headless.GraphQL.Relay;

/// <summary>The Relay <c>PageInfo</c> object.</summary>
public sealed class PageInfoType : ObjectGraphType<PageInfo>
{
    public PageInfoType()
    {
        Name = "PageInfo";
        Description = "Information about the current page of a connection.";
        Field<NonNullGraphType<BooleanGraphType>>("hasNextPage")
            .Description("Whether more items follow this page.")
            .Resolve(context => context.Source.HasNextPage);
        Field<NonNullGraphType<BooleanGraphType>>("hasPreviousPage")
            .Description("Whether more items precede this page.")
            .Resolve(context => context.Source.HasPreviousPage);
        Field<StringGraphType>("startCursor")
            .Description("The cursor of the first item of the page; null when the page is empty.")
            .Resolve(context => context.Source.StartCursor);
        Field<StringGraphType>("endCursor")
            .Description("The cursor of the last item of the page; null when the page is empty.")
            .Resolve(context => context.Source.EndCursor);
    }
}
