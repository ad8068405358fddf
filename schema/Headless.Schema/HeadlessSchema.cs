using GraphQL.Types;
using Headless.Schema.Common;

namespace Headless.Schema;

public sealed class HeadlessSchema : global::GraphQL.Types.Schema
{
    public HeadlessSchema(IServiceProvider services, QueryType query)
        : base(services)
    {
        Query = query;
        Description = "Headless: NGOs, their X account staircases, fundraising campaigns, donation tiers and live-tweeting sessions.";
        RegisterType(typeof(ExactDecimalGraphType));
    }
}
