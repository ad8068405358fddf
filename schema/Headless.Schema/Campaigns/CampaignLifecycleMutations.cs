using GraphQL.Types;
using Headless.Domain.Campaigns;
using Headless.Domain.Members;
using Headless.Schema.Mutations;

namespace Headless.Schema.Campaigns;

/// <summary>Publication, archiving and the hashtags of a campaign (EDITOR).</summary>
internal static class CampaignLifecycleMutations
{
    public static void AddCampaignLifecycleMutations(this ObjectGraphType mutation)
    {
        mutation.AddMutation<PublishCampaignInputType, CampaignChangeInput, CampaignType, Campaign>(
            "publishCampaign", "Makes a draft public; its dates then make it SCHEDULED, LIVE or ENDED (EDITOR). Publishing again changes nothing.", "campaign",
            (m, input) => ChangeAsync(m, input.CampaignId, input.ExpectedVersion, campaign => campaign.Publish(m.Now)));

        mutation.AddMutation<UnpublishCampaignInputType, CampaignChangeInput, CampaignType, Campaign>(
            "unpublishCampaign", "Turns a campaign back into a draft, visible only to its NGO (EDITOR).", "campaign",
            (m, input) => ChangeAsync(m, input.CampaignId, input.ExpectedVersion, campaign => campaign.Unpublish()));

        mutation.AddMutation<ArchiveCampaignInputType, CampaignChangeInput, CampaignType, Campaign>(
            "archiveCampaign", "Archives a campaign: it becomes read-only, with its tiers and records (EDITOR). Archiving again changes nothing.", "campaign",
            async (m, input) =>
            {
                // Not through EditableCampaigns: archiving an archived campaign is a harmless repeat, not a conflict.
                var campaign = await CampaignTargets.LoadAsync(m, input.CampaignId, MemberRole.Editor);
                m.EnsureVersion(input.ExpectedVersion, campaign.Version, "campaign");
                campaign.Archive(m.Now);
                m.Audit(campaign.NgoId, "Campaign", campaign.Id);
                return campaign;
            });

        mutation.AddMutation<SetCampaignHashtagsInputType, SetCampaignHashtagsInput, CampaignType, Campaign>(
            "setCampaignHashtags", "Replaces the hashtags the campaign is keyed by (EDITOR).", "campaign",
            (m, input) => ChangeAsync(m, input.CampaignId, input.ExpectedVersion, campaign => campaign.SetHashtags(input.Hashtags)));
    }

    private static async Task<Campaign> ChangeAsync(MutationContext m, string campaignId, int? expectedVersion, Action<Campaign> change)
    {
        var campaign = await EditableCampaigns.LoadAsync(m, campaignId, expectedVersion);
        change(campaign);
        m.Audit(campaign.NgoId, "Campaign", campaign.Id);
        return campaign;
    }
}
