using GraphQL.Types;
using Headless.Domain.Tiers;

namespace Headless.Schema.Tiers;

public sealed class TierAvailabilityType : EnumerationGraphType<TierAvailability>
{
    public TierAvailabilityType()
    {
        Name = "TierAvailability";
    }
}
