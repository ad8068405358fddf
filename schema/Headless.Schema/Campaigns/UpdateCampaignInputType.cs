using GraphQL.Types;

namespace Headless.Schema.Campaigns;

public sealed class UpdateCampaignInputType : InputObjectGraphType<UpdateCampaignInput>
{
    public UpdateCampaignInputType()
    {
        Name = "UpdateCampaignInput";
        Field<NonNullGraphType<IdGraphType>>("campaignId");
        Field<NonNullGraphType<CampaignInputType>>("campaign").Description("The slug cannot change: it is ignored here.");
        Field<IntGraphType>("expectedVersion").Description("The version that was edited; a newer stored version gives a VERSION_CONFLICT error.");
    }
}
