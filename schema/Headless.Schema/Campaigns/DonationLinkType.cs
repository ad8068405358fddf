using GraphQL.Types;
using Headless.Domain.Campaigns;
using Headless.GraphQL.Relay;
using Headless.Schema.Common;

namespace Headless.Schema.Campaigns;

public sealed class DonationLinkType : ObjectGraphType<DonationLink>
{
    public DonationLinkType()
    {
        Name = "DonationLink";
        Description = "Where supporters give: donations are collected there, never by Headless.";
        this.ImplementsNode("DonationLink", l => l.Id);
        Field<NonNullGraphType<DonationPlatformType>>("platform").Resolve(c => c.Source.Platform);
        Field<NonNullGraphType<StringGraphType>>("url").Resolve(c => c.Source.Url);
        Field<StringGraphType>("label").Resolve(c => c.Source.Label);
        Field<NonNullGraphType<CampaignType>>("campaign").Resolve(c => c.Service<CampaignByIdLoader>().LoadAsync(c.Source.CampaignId));
    }
}
