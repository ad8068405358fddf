using GraphQL.Types;
using Headless.Domain.Campaigns;
using Headless.Domain.Members;
using Headless.Schema.Mutations;
using Microsoft.EntityFrameworkCore;

namespace Headless.Schema.Campaigns;

internal static class CampaignMutations
{
    public static void AddCampaignMutations(this ObjectGraphType mutation)
    {
        mutation.AddMutation<CreateCampaignInputType, CreateCampaignInput, CampaignType, Campaign>(
            "createCampaign", "Creates a draft campaign in an NGO (EDITOR).", "campaign", async (m, input) =>
            {
                var ngoId = m.Id(input.NgoId, "Ngo", "ngoId");
                m.Found(await m.Db.Ngos.FirstOrDefaultAsync(n => n.Id == ngoId, m.CancellationToken), "NGO");
                m.Authorize(ngoId, MemberRole.Editor);
                if (await m.Db.Campaigns.AnyAsync(c => c.NgoId == ngoId && c.Slug == input.Campaign.Slug, m.CancellationToken))
                {
                    throw new MutationFailedException(new ValidationError("Another campaign of this NGO has that slug.", "SLUG_TAKEN", ["input", "campaign", "slug"]));
                }

                var campaign = InputFields.Under("campaign", () => Campaign.Create(ngoId, input.Campaign.ToDetails(), m.Now));
                m.Db.Campaigns.Add(campaign);
                m.Audit(ngoId, "Campaign", campaign.Id);
                return campaign;
            });

        mutation.AddMutation<UpdateCampaignInputType, UpdateCampaignInput, CampaignType, Campaign>(
            "updateCampaign", "Changes a campaign's details (EDITOR); the slug stays.", "campaign", async (m, input) =>
            {
                var campaign = await EditableCampaigns.LoadAsync(m, input.CampaignId, input.ExpectedVersion);
                InputFields.Under("campaign", () => campaign.Update(input.Campaign.ToDetails() with { Slug = campaign.Slug }));
                m.Audit(campaign.NgoId, "Campaign", campaign.Id);
                return campaign;
            });

        mutation.AddCampaignLifecycleMutations();
        mutation.AddCampaignPhaseMutations();
        mutation.AddDonationLinkMutations();
        mutation.AddPledgeMutations();
    }
}
