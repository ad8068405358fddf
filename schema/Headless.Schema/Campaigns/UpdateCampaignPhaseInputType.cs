using GraphQL.Types;

namespace Headless.Schema.Campaigns;

public sealed class UpdateCampaignPhaseInputType : InputObjectGraphType<UpdateCampaignPhaseInput>
{
    public UpdateCampaignPhaseInputType()
    {
        Name = "UpdateCampaignPhaseInput";
        Field<NonNullGraphType<IdGraphType>>("phaseId");
        Field<NonNullGraphType<PhaseInputType>>("phase");
        Field<IntGraphType>("expectedVersion").Description("The campaign version that was edited; a newer stored version gives a VERSION_CONFLICT error.");
    }
}
