using GraphQL.Types;
using Headless.Domain.Campaigns;
using Headless.Schema.Mutations;

namespace Headless.Schema.Campaigns;

/// <summary>The sponsor's pledge-per-engagement rule of a campaign (EDITOR).</summary>
internal static class PledgeMutations
{
    public static void AddPledgeMutations(this ObjectGraphType mutation)
    {
        mutation.AddMutation<SetPledgeMatchingRuleInputType, SetPledgeMatchingRuleInput, CampaignType, Campaign>(
            "setPledgeMatchingRule", "Sets, or replaces, the sponsor's pledge per engagement; its window lies inside the campaign (EDITOR).", "campaign",
            async (m, input) =>
            {
                var campaign = await EditableCampaigns.LoadAsync(m, input.CampaignId, input.ExpectedVersion);
                campaign.SetMatchingRule(input.ToDetails());
                m.Audit(campaign.NgoId, "Campaign", campaign.Id);
                return campaign;
            });

        mutation.AddMutation<ClearPledgeMatchingRuleInputType, CampaignChangeInput, CampaignType, Campaign>(
            "clearPledgeMatchingRule", "Removes the sponsor's pledge (EDITOR). Clearing when there is none changes nothing.", "campaign",
            async (m, input) =>
            {
                var campaign = await EditableCampaigns.LoadAsync(m, input.CampaignId, input.ExpectedVersion);
                campaign.SetMatchingRule(null);
                m.Audit(campaign.NgoId, "Campaign", campaign.Id);
                return campaign;
            });
    }
}
