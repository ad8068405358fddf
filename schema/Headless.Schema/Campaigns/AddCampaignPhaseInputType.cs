using GraphQL.Types;

namespace Headless.Schema.Campaigns;

public sealed class AddCampaignPhaseInputType : InputObjectGraphType<AddCampaignPhaseInput>
{
    public AddCampaignPhaseInputType()
    {
        Name = "AddCampaignPhaseInput";
        Field<NonNullGraphType<IdGraphType>>("campaignId");
        Field<NonNullGraphType<PhaseInputType>>("phase");
        Field<IntGraphType>("expectedVersion").Description("The campaign version that was edited; a newer stored version gives a VERSION_CONFLICT error.");
    }
}
