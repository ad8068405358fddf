using GraphQL.Types;

namespace Headless.Schema.Campaigns;

public sealed class RemoveCampaignPhaseInputType : InputObjectGraphType<RemoveCampaignPhaseInput>
{
    public RemoveCampaignPhaseInputType()
    {
        Name = "RemoveCampaignPhaseInput";
        Field<NonNullGraphType<IdGraphType>>("phaseId");
        Field<IntGraphType>("expectedVersion").Description("The campaign version that was edited; a newer stored version gives a VERSION_CONFLICT error.");
    }
}
