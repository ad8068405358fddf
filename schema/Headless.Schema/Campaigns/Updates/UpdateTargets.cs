using Headless.Domain.Campaigns;
using Headless.Domain.Members;
using Headless.Schema.Mutations;
using Microsoft.EntityFrameworkCore;

namespace Headless.Schema.Campaigns.Updates;

/// <summary>Loads the progress update a mutation targets (tracked) with its campaign, authorizing the caller as an EDITOR.</summary>
internal static class UpdateTargets
{
    public static async Task<(ProgressUpdate Update, Campaign Campaign)> LoadAsync(MutationContext m, string updateGlobalId)
    {
        var id = m.Id(updateGlobalId, "ProgressUpdate", "updateId");
        var update = m.Found(await m.Db.ProgressUpdates.FirstOrDefaultAsync(u => u.Id == id, m.CancellationToken), "progress update");

        // A draft update is as private as a draft campaign: other NGOs get NOT_FOUND, not FORBIDDEN.
        var ngoId = await m.Db.Campaigns.Where(c => c.Id == update.CampaignId).Select(c => c.NgoId).FirstAsync(m.CancellationToken);
        if (!update.IsPublished && !m.Viewer.IsMemberOf(ngoId))
        {
            throw new MutationFailedException(new NotFoundError($"{m.Operation}: no such progress update."));
        }

        var campaign = await EditableCampaigns.LoadByIdAsync(m, update.CampaignId, expectedVersion: null, MemberRole.Editor);
        return (update, campaign);
    }
}
