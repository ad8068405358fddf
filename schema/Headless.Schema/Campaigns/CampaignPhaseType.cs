using GraphQL.Types;
using Headless.Domain.Campaigns;
using Headless.GraphQL.Relay;
using Headless.Schema.Common;

namespace Headless.Schema.Campaigns;

public sealed class CampaignPhaseType : ObjectGraphType<CampaignPhase>
{
    public CampaignPhaseType()
    {
        Name = "CampaignPhase";
        Description = "A key relaunch moment of a campaign.";
        this.ImplementsNode("CampaignPhase", p => p.Id);
        Field<NonNullGraphType<StringGraphType>>("name").Resolve(c => c.Source.Name);
        Field<NonNullGraphType<DateTimeGraphType>>("startsAt").Resolve(c => c.Source.StartsAt);
        Field<NonNullGraphType<DateTimeGraphType>>("endsAt").Resolve(c => c.Source.EndsAt);
        Field<StringGraphType>("relaunchMessage").Description("The message to tweet when the phase starts.").Resolve(c => c.Source.RelaunchMessage);
        Field<NonNullGraphType<CampaignType>>("campaign").Resolve(c => c.Service<CampaignByIdLoader>().LoadAsync(c.Source.CampaignId));
    }
}
