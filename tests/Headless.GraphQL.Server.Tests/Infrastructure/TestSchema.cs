using GraphQL.Types;

namespace Headless.GraphQL.Server.Tests.Infrastructure;

public sealed class TestSchema : Schema
{
    public TestSchema(IServiceProvider services, TestQuery query, TestMutation mutation)
        : base(services)
    {
        Query = query;
        Mutation = mutation;
    }
}
