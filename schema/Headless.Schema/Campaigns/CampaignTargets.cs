using Headless.Domain.Campaigns;
using Headless.Domain.Members;
using Headless.Schema.Mutations;
using Microsoft.EntityFrameworkCore;

namespace Headless.Schema.Campaigns;

/// <summary>Loads the campaign a mutation targets (tracked, with its children) and authorizes the caller on its NGO.</summary>
internal static class CampaignTargets
{
    public static Task<Campaign> LoadAsync(MutationContext m, string campaignGlobalId, MemberRole minimum, string field = "campaignId") =>
        LoadByIdAsync(m, m.Id(campaignGlobalId, "Campaign", field), minimum);

    /// <summary>The same, by the campaign's own id: for mutations that target one of its phases, tiers or records.</summary>
    public static async Task<Campaign> LoadByIdAsync(MutationContext m, Guid id, MemberRole minimum)
    {
        var campaign = m.Found(
            await m.Db.Campaigns.Include(c => c.Hashtags).Include(c => c.Phases).Include(c => c.DonationLinks)
                .AsSplitQuery().FirstOrDefaultAsync(c => c.Id == id, m.CancellationToken),
            "campaign");

        // Drafts of other NGOs stay invisible: not found rather than forbidden, so ids reveal nothing.
        if (!campaign.IsPublished && !m.Viewer.IsMemberOf(campaign.NgoId))
        {
            throw new MutationFailedException(new NotFoundError($"{m.Operation}: no such campaign."));
        }

        m.Authorize(campaign.NgoId, minimum);
        return campaign;
    }
}
