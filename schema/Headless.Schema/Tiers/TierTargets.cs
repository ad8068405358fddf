using Headless.Domain.Campaigns;
using Headless.Domain.Members;
using Headless.Domain.Tiers;
using Headless.Schema.Campaigns;
using Headless.Schema.Mutations;
using Microsoft.EntityFrameworkCore;

namespace Headless.Schema.Tiers;

/// <summary>Loads the tier a mutation targets (tracked) with its campaign, authorizing the caller on the campaign's NGO.</summary>
internal static class TierTargets
{
    public static async Task<(DonationTier Tier, Campaign Campaign)> LoadAsync(MutationContext m, string tierGlobalId, int? expectedVersion)
    {
        var id = m.Id(tierGlobalId, "DonationTier", "tierId");
        var tier = m.Found(await m.Db.Tiers.FirstOrDefaultAsync(t => t.Id == id, m.CancellationToken), "tier");

        // The campaign decides visibility and role: a tier of another NGO's draft is not found.
        var campaign = await EditableCampaigns.LoadByIdAsync(m, tier.CampaignId, expectedVersion: null, MemberRole.Editor);
        m.EnsureVersion(expectedVersion, tier.Version, "tier");
        return (tier, campaign);
    }
}
