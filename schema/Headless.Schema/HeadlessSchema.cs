using GraphQL.Types;
using Headless.Schema.Common;
using Headless.Schema.Mutations;

namespace Headless.Schema;

public sealed class HeadlessSchema : global::GraphQL.Types.Schema
{
    public HeadlessSchema(IServiceProvider services, QueryType query, MutationType mutation, SubscriptionType subscription)
        : base(services)
    {
        Query = query;
        Mutation = mutation;
        Subscription = subscription;
        Description = "Headless: NGOs, their X account staircases, fundraising campaigns, donation tiers and live-tweeting sessions.";
        RegisterType(typeof(ExactDecimalGraphType));

        // Implementations of UserError that no field names directly.
        RegisterType(typeof(ValidationErrorType));
        RegisterType(typeof(NotFoundErrorType));
        RegisterType(typeof(ConflictErrorType));
        RegisterType(typeof(ForbiddenErrorType));
    }
}
