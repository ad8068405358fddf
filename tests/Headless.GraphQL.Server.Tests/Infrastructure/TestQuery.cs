using GraphQL;
using GraphQL.Types;

namespace Headless.GraphQL.Server.Tests.Infrastructure;

public sealed class TestQuery : ObjectGraphType
{
    public TestQuery()
    {
        Name = "Query";
        Field<StringGraphType>("hello").Resolve(_ => "world");
        Field<StringGraphType>("echo")
            .Argument<NonNullGraphType<StringGraphType>>("text")
            .Resolve(ctx => ctx.GetArgument<string>("text"));
        Field<StringGraphType>("boom")
            .Resolve(_ => throw new InvalidOperationException(TestSecrets.ExceptionMessage));
        Field<StringGraphType>("slow")
            .ResolveAsync(async ctx =>
            {
                await Task.Delay(Timeout.Infinite, ctx.CancellationToken);
                return "never";
            });
        Field<StringGraphType>("contextValue")
            .Argument<NonNullGraphType<StringGraphType>>("key")
            .Resolve(ctx => ctx.UserContext.TryGetValue(ctx.GetArgument<string>("key"), out var value) ? value?.ToString() : null);
        Field<StringGraphType>("userName").Resolve(ctx => ctx.User?.Identity?.Name);
        Field<NestedType>("nested").Resolve(_ => new object());
        Field<ListGraphType<NestedType>>("nestedList").Resolve(_ => new[] { new object() });
    }
}
