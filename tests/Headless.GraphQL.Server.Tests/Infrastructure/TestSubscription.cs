using GraphQL;
using GraphQL.Types;

namespace Headless.GraphQL.Server.Tests.Infrastructure;

public sealed class TestSubscription : ObjectGraphType
{
    public TestSubscription(TestEventSource source)
    {
        Name = "Subscription";
        Field<TestEventType>("events")
            .Argument<NonNullGraphType<StringGraphType>>("channel")
            .Resolve(ctx => ctx.Source)
            .ResolveStream(ctx => source.Observe(ctx.GetArgument<string>("channel")));
        Field<TestEventType>("failing")
            .Resolve(ctx => ctx.Source)
            .ResolveStream(_ => throw new InvalidOperationException("The source is down."));
    }
}
