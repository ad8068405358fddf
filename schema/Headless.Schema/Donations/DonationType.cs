using GraphQL.Types;
using Headless.Domain.Donations;
using Headless.Domain.Members;
using Headless.Domain.Tiers;
using Headless.GraphQL.DataLoading;
using Headless.GraphQL.Relay;
using Headless.Schema.Campaigns;
using Headless.Schema.Common;
using Headless.Schema.Tiers;

namespace Headless.Schema.Donations;

public sealed class DonationType : ObjectGraphType<Donation>
{
    public DonationType()
    {
        Name = "Donation";
        Description = "A donation collected on a third-party platform and recorded back.";
        this.ImplementsNode("Donation", d => d.Id);
        Field<NonNullGraphType<MoneyType>>("amount").Resolve(c => c.Source.Money);
        Field<NonNullGraphType<DonationPlatformType>>("platform").Resolve(c => c.Source.Platform);
        Field<StringGraphType>("donorName").Description("The name the donor chose to show; null when anonymous.").Resolve(c => c.Source.IsAnonymous ? null : c.Source.DonorName);
        Field<NonNullGraphType<BooleanGraphType>>("isAnonymous").Resolve(c => c.Source.IsAnonymous);
        Field<NonNullGraphType<DateTimeGraphType>>("receivedAt").Resolve(c => c.Source.ReceivedAt);
        Field<DateTimeGraphType>("refundedAt").Description("Set once refunded: the donation then leaves the totals and the lists.").Resolve(c => c.Source.RefundedAt);
        Field<StringGraphType>("externalReference")
            .Description("The platform's own id of the donation; only for members of the NGO (VIEWER and up), null for everyone else.")
            .Resolve(c => c.Service<CampaignByIdLoader>().LoadAsync(c.Source.CampaignId)
                .Then(campaign => campaign is not null && c.Viewer().Has(campaign.NgoId, MemberRole.Viewer) ? c.Source.ExternalReference : null));
        Field<NonNullGraphType<CampaignType>>("campaign").Resolve(c => c.Service<CampaignByIdLoader>().LoadAsync(c.Source.CampaignId));
        Field<DonationTierType>("tier")
            .Resolve(c => c.Source.TierId is { } id ? c.Service<TierByIdLoader>().LoadAsync(id) : DataLoaderResult.FromValue<DonationTier?>(null));
    }
}
