using GraphQL.Types;
using Headless.Domain.Campaigns;
using Headless.Schema.Mutations;
using Microsoft.EntityFrameworkCore;

namespace Headless.Schema.Campaigns;

/// <summary>Where supporters give (EDITOR): the links are part of their campaign, and bump its version.</summary>
internal static class DonationLinkMutations
{
    public static void AddDonationLinkMutations(this ObjectGraphType mutation)
    {
        mutation.AddMutation<AddDonationLinkInputType, AddDonationLinkInput, DonationLinkType, DonationLink>(
            "addDonationLink", "Adds a link to a platform that collects donations for the campaign (EDITOR).", "donationLink", async (m, input) =>
            {
                var campaign = await EditableCampaigns.LoadAsync(m, input.CampaignId, input.ExpectedVersion);
                var link = campaign.AddDonationLink(input.Platform, input.Url, input.Label);
                m.Audit(campaign.NgoId, "DonationLink", link.Id);
                return link;
            });

        mutation.AddMutation<RemoveDonationLinkInputType, RemoveDonationLinkInput, CampaignType, Campaign>(
            "removeDonationLink", "Removes a donation link (EDITOR); returns its campaign.", "campaign", async (m, input) =>
            {
                var linkId = m.Id(input.LinkId, "DonationLink", "linkId");
                var campaignId = await m.Db.DonationLinks.Where(l => l.Id == linkId).Select(l => (Guid?)l.CampaignId).FirstOrDefaultAsync(m.CancellationToken)
                    ?? throw new MutationFailedException(new NotFoundError($"{m.Operation}: no such donation link."));
                var campaign = await EditableCampaigns.LoadByIdAsync(m, campaignId, input.ExpectedVersion);
                campaign.RemoveDonationLink(linkId);
                m.Audit(campaign.NgoId, "DonationLink", linkId);
                return campaign;
            });
    }
}
