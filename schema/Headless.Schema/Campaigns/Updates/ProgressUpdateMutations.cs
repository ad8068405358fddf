using GraphQL.Types;
using Headless.Domain.Campaigns;
using Headless.Domain.Members;
using Headless.Schema.Mutations;

namespace Headless.Schema.Campaigns.Updates;

/// <summary>Behind-the-scenes posts and previews of a campaign (EDITOR): drafts until published.</summary>
internal static class ProgressUpdateMutations
{
    public static void AddProgressUpdateMutations(this ObjectGraphType mutation)
    {
        mutation.AddMutation<PostUpdateInputType, PostUpdateInput, ProgressUpdateType, ProgressUpdate>(
            "postUpdate", "Writes a progress update as a draft, visible only to the NGO until published (EDITOR).", "update", async (m, input) =>
            {
                var campaign = await EditableCampaigns.LoadAsync(m, input.CampaignId, expectedVersion: null, MemberRole.Editor);
                var update = ProgressUpdate.Create(campaign.Id, input.Title, input.Body, input.TweetUrl, m.Now);
                m.Db.ProgressUpdates.Add(update);
                m.Audit(campaign.NgoId, "ProgressUpdate", update.Id);
                return update;
            });

        mutation.AddMutation<EditUpdateInputType, EditUpdateInput, ProgressUpdateType, ProgressUpdate>(
            "editUpdate", "Changes a progress update, draft or published (EDITOR).", "update", async (m, input) =>
            {
                var (update, campaign) = await UpdateTargets.LoadAsync(m, input.UpdateId);
                update.Edit(input.Title, input.Body, input.TweetUrl);
                m.Audit(campaign.NgoId, "ProgressUpdate", update.Id);
                return update;
            });

        mutation.AddMutation<PublishUpdateInputType, UpdateTargetInput, ProgressUpdateType, ProgressUpdate>(
            "publishUpdate", "Publishes a draft update (EDITOR); publishing again keeps the first publication time.", "update", async (m, input) =>
            {
                var (update, campaign) = await UpdateTargets.LoadAsync(m, input.UpdateId);
                update.Publish(m.Now);
                m.Audit(campaign.NgoId, "ProgressUpdate", update.Id);
                return update;
            });

        mutation.AddMutation<DeleteUpdateInputType, UpdateTargetInput, CampaignType, Campaign>(
            "deleteUpdate", "Deletes a progress update (EDITOR); returns its campaign.", "campaign", async (m, input) =>
            {
                var (update, campaign) = await UpdateTargets.LoadAsync(m, input.UpdateId);
                m.Db.ProgressUpdates.Remove(update);
                m.Audit(campaign.NgoId, "ProgressUpdate", update.Id);
                return campaign;
            });
    }
}
