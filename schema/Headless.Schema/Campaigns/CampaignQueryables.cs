using Headless.Domain.Campaigns;
using Headless.Schema.Common;
using Microsoft.EntityFrameworkCore;

namespace Headless.Schema.Campaigns;

internal static class CampaignQueryables
{
    /// <summary>Campaigns with the children every campaign page shows, in split queries (no cartesian explosion).</summary>
    public static IQueryable<Campaign> WithChildren(this IQueryable<Campaign> campaigns) =>
        campaigns.AsNoTracking()
            .Include(c => c.Hashtags)
            .Include(c => c.Phases)
            .Include(c => c.DonationLinks)
            .AsSplitQuery();

    /// <summary>Published campaigns for everyone; drafts too for members of their NGO.</summary>
    public static IQueryable<Campaign> VisibleTo(this IQueryable<Campaign> campaigns, Viewer viewer)
    {
        var memberOf = viewer.MemberOfNgoIds.ToList();
        return memberOf.Count == 0
            ? campaigns.Where(c => c.PublishedAt != null)
            : campaigns.Where(c => c.PublishedAt != null || memberOf.Contains(c.NgoId));
    }

    public static bool IsVisibleTo(this Campaign campaign, Viewer viewer) =>
        campaign.IsPublished || viewer.IsMemberOf(campaign.NgoId);
}
