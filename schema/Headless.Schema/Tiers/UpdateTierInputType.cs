using GraphQL.Types;

namespace Headless.Schema.Tiers;

public sealed class UpdateTierInputType : InputObjectGraphType<UpdateTierInput>
{
    public UpdateTierInputType()
    {
        Name = "UpdateTierInput";
        Field<NonNullGraphType<IdGraphType>>("tierId");
        Field<NonNullGraphType<TierInputType>>("tier");
        Field<IntGraphType>("expectedVersion").Description("The tier version that was edited; a newer stored version gives a VERSION_CONFLICT error.");
    }
}
