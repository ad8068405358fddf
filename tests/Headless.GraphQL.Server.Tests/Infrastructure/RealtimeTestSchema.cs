using GraphQL.Types;

namespace Headless.GraphQL.Server.Tests.Infrastructure;

/// <summary>The test schema with a subscription root, for the real-time transports.</summary>
public sealed class RealtimeTestSchema : Schema
{
    public RealtimeTestSchema(IServiceProvider services, TestQuery query, TestMutation mutation, TestSubscription subscription)
        : base(services)
    {
        Query = query;
        Mutation = mutation;
        Subscription = subscription;
    }
}
