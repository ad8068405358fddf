using GraphQL.Types;
using Headless.Schema.Campaigns;

namespace Headless.Schema.Realtime;

public sealed class CampaignProgressUpdateType : ObjectGraphType<CampaignProgressUpdate>
{
    public CampaignProgressUpdateType()
    {
        Name = "CampaignProgressUpdate";
        Description = "A campaign's progress after a donation, a refund or a matched engagement.";
        Field<NonNullGraphType<IdGraphType>>("campaignId").Resolve(c => Headless.GraphQL.Relay.GlobalId.Encode("Campaign", c.Source.Campaign.Id));
        Field<NonNullGraphType<CampaignType>>("campaign")
            .Description("The campaign's details. Read the new totals from `progress` on this update: it is computed for this event.")
            .Resolve(c => c.Source.Campaign);
        Field<NonNullGraphType<CampaignProgressType>>("progress").Resolve(c => c.Source.Progress);
    }
}
