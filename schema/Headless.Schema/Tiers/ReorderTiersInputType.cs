using GraphQL.Types;

namespace Headless.Schema.Tiers;

public sealed class ReorderTiersInputType : InputObjectGraphType<ReorderTiersInput>
{
    public ReorderTiersInputType()
    {
        Name = "ReorderTiersInput";
        Field<NonNullGraphType<IdGraphType>>("campaignId");
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<IdGraphType>>>>("tierIds")
            .Description("Tiers of the campaign in their new order (sortOrder 0, 1, ...); tiers left out follow, in their current order.");
    }
}
