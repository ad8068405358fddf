using GraphQL.Types;
using Headless.Domain.Tiers;

namespace Headless.Schema.Tiers;

public sealed class TierAmountTypeType : EnumerationGraphType<TierAmountType>
{
    public TierAmountTypeType()
    {
        Name = "TierAmountType";
    }
}
