using GraphQL.Types;

namespace Headless.Schema.Campaigns;

/// <summary>The shape shared by the inputs of publishCampaign, unpublishCampaign, archiveCampaign and clearPledgeMatchingRule.</summary>
public abstract class CampaignChangeInputType : InputObjectGraphType<CampaignChangeInput>
{
    protected CampaignChangeInputType(string name)
    {
        Name = name;
        Field<NonNullGraphType<IdGraphType>>("campaignId");
        Field<IntGraphType>("expectedVersion").Description("The version that was seen; a newer stored version gives a VERSION_CONFLICT error.");
    }
}
