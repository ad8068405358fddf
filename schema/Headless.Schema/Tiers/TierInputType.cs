using GraphQL.Types;
using Headless.Schema.Common;

namespace Headless.Schema.Tiers;

public sealed class TierInputType : InputObjectGraphType<TierInput>
{
    public TierInputType()
    {
        Name = "TierInput";
        Description = "A way to give. Amounts are in the campaign's currency.";
        Field<NonNullGraphType<StringGraphType>>("name");
        Field<StringGraphType>("description");
        Field<StringGraphType>("reward").Description("What the donor gets in return (contrepartie).");
        Field<NonNullGraphType<TierAmountTypeType>>("amountType");
        Field<ExactDecimalGraphType>("amount").Description("The amount of a FIXED tier, at least 1.");
        Field<ExactDecimalGraphType>("minimumAmount").Description("The minimum of a FLEXIBLE tier; 1 when left out.");
        Field<ExactDecimalGraphType>("maximumAmount").Description("The maximum of a FLEXIBLE tier; none means no limit.");
        Field<ListGraphType<NonNullGraphType<ExactDecimalGraphType>>>("presets").Description("Suggested amounts of a FLEXIBLE tier, between its minimum and maximum.");
        Field<IntGraphType>("maxQuantity").Description("How many can be taken in all; none means unlimited.");
        Field<DateTimeGraphType>("endsAt").Description("After this time the tier takes no more donations.");
        Field<IntGraphType>("sortOrder").Description("Display order; when left out, a new tier comes last and an edited one keeps its place.");
    }
}
