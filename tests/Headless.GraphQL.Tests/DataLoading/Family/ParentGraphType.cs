using GraphQL;
using GraphQL.Types;
using Headless.GraphQL.DataLoading;
using Microsoft.Extensions.DependencyInjection;

namespace Headless.GraphQL.Tests.DataLoading.Family;

internal sealed class ParentGraphType : ObjectGraphType<Parent>
{
    public ParentGraphType()
    {
        Name = "Parent";
        Field<NonNullGraphType<IntGraphType>>("id").Resolve(context => context.Source.Id);
        Field<ChildGraphType>("child")
            .Resolve(context => Children(context).LoadAsync(context.Source.ChildId));
        Field<ChildGraphType>("childInSmallBatches")
            .Resolve(context => context.RequestServices!.GetRequiredService<SmallBatchChildLoader>().LoadAsync(context.Source.ChildId));
        Field<StringGraphType>("childName")
            .Resolve(context => Children(context).LoadAsync(context.Source.ChildId).Then(child => child?.Name));
        Field<ChildGraphType>("childsBestFriend")
            .Resolve(context =>
            {
                var children = Children(context);
                return children.LoadAsync(context.Source.ChildId)
                    .Then(child => child is null ? DataLoaderResult.FromValue<Child?>(null) : children.LoadAsync(child.BestFriendId));
            });
    }

    private static ChildLoader Children(IResolveFieldContext context)
        => context.RequestServices!.GetRequiredService<ChildLoader>();
}
