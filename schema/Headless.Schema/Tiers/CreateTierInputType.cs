using GraphQL.Types;

namespace Headless.Schema.Tiers;

public sealed class CreateTierInputType : InputObjectGraphType<CreateTierInput>
{
    public CreateTierInputType()
    {
        Name = "CreateTierInput";
        Field<NonNullGraphType<IdGraphType>>("campaignId");
        Field<NonNullGraphType<TierInputType>>("tier");
    }
}
