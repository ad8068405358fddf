using GraphQL.Types;

namespace Headless.GraphQL.Server.Tests.Infrastructure;

public sealed class TestMutation : ObjectGraphType
{
    public TestMutation(MutationCounter counter)
    {
        Name = "Mutation";
        Field<IntGraphType>("increment").Resolve(_ => counter.Increment());
    }
}
