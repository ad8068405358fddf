using GraphQL.Types;

namespace Headless.Schema.Tiers;

public sealed class TierFilterInputType : InputObjectGraphType<TierFilter>
{
    public TierFilterInputType()
    {
        Name = "TierFilter";
        Field<ListGraphType<NonNullGraphType<TierAvailabilityType>>>("availability").Description("Any of these; by default every tier but ARCHIVED.");
    }
}
