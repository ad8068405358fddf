using GraphQL;
using GraphQL.Types;

namespace Headless.GraphQL.Tests.DataLoading.Family;

/// <summary>
/// <c>parents(count, distinctChildren)</c>: parent <c>i</c> has child <c>i % distinctChildren</c>,
/// so tests choose how many keys repeat.
/// </summary>
internal sealed class FamilyQuery : ObjectGraphType
{
    public FamilyQuery()
    {
        Name = "Query";
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<ParentGraphType>>>>("parents")
            .Argument<NonNullGraphType<IntGraphType>>("count")
            .Argument<IntGraphType>("distinctChildren")
            .Resolve(context =>
            {
                var count = context.GetArgument<int>("count");
                var distinct = context.GetArgument<int?>("distinctChildren") ?? count;
                return Enumerable.Range(0, count).Select(i => new Parent(i, i % distinct)).ToArray();
            });
    }
}
