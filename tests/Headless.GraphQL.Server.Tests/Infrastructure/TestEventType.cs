using GraphQL.Types;

namespace Headless.GraphQL.Server.Tests.Infrastructure;

public sealed class TestEventType : ObjectGraphType<TestEvent>
{
    public TestEventType()
    {
        Name = "Event";
        Field(e => e.Channel);
        Field(e => e.Text);

        // Read per event, so a test can see whose identity the shared execution runs with.
        Field<StringGraphType>("viewer").Resolve(ctx => ctx.User?.Identity?.Name);
    }
}
