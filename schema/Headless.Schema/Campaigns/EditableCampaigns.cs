using Headless.Domain.Campaigns;
using Headless.Domain.Members;
using Headless.Schema.Mutations;

namespace Headless.Schema.Campaigns;

/// <summary>
/// Loads a campaign that a mutation is about to change, itself or through its phases, tiers and records:
/// authorized, at the version the caller edited, and not archived.
/// </summary>
internal static class EditableCampaigns
{
    public static async Task<Campaign> LoadAsync(MutationContext m, string campaignGlobalId, int? expectedVersion, MemberRole minimum = MemberRole.Editor)
    {
        var campaign = await CampaignTargets.LoadAsync(m, campaignGlobalId, minimum);
        return Editable(m, campaign, expectedVersion);
    }

    public static async Task<Campaign> LoadByIdAsync(MutationContext m, Guid campaignId, int? expectedVersion, MemberRole minimum = MemberRole.Editor)
    {
        var campaign = await CampaignTargets.LoadByIdAsync(m, campaignId, minimum);
        return Editable(m, campaign, expectedVersion);
    }

    /// <summary>
    /// An archived campaign is read-only, and so are its tiers and records. That is a state of the target,
    /// not a mistake in one input field, hence a conflict rather than a validation error.
    /// </summary>
    public static void EnsureNotArchived(MutationContext m, Campaign campaign)
    {
        if (campaign.ArchivedAt is not null)
        {
            throw new MutationFailedException(new ConflictError($"{m.Operation}: the campaign is archived, and so read-only.", "ARCHIVED"));
        }
    }

    private static Campaign Editable(MutationContext m, Campaign campaign, int? expectedVersion)
    {
        m.EnsureVersion(expectedVersion, campaign.Version, "campaign");
        EnsureNotArchived(m, campaign);
        return campaign;
    }
}
