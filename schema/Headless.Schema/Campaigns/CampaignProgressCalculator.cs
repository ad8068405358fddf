using Headless.Data.Progress;
using Headless.Domain.Campaigns;

namespace Headless.Schema.Campaigns;

internal static class CampaignProgressCalculator
{
    public static CampaignProgress For(Campaign campaign, CampaignTotals? totals, DateTime now)
    {
        var t = totals ?? CampaignTotals.None;
        var matched = campaign.MatchingRule is { } rule ? Math.Min(rule.Cap, t.PledgedBeforeCap) : 0m;
        return CampaignProgress.Calculate(campaign, t.Raised, matched, t.DonorCount, now);
    }
}
