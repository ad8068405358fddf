using Headless.Domain.Tiers;
using Headless.Isolation.Tests.Support;
using static Headless.Isolation.Tests.Matrix.Cases.CampaignCases;
using static Headless.Isolation.Tests.Matrix.MutationCases;

namespace Headless.Isolation.Tests.Matrix.Cases;

/// <summary>Donation tiers (EDITOR).</summary>
internal static class TierCases
{
    public static IEnumerable<KeyValuePair<string, IReadOnlyList<MutationScenario>>> All()
    {
        Type[] tiers = [typeof(DonationTier)];
        var input = new { name = "Friend of the well", amountType = "FLEXIBLE", minimumAmount = "5", presets = new[] { "10", "20" }, maxQuantity = 100 };

        yield return Case("createTier", Need.Editor, tiers, async t => new { campaignId = Id(await t.CampaignAsync()), tier = input });

        yield return Case("updateTier", Need.Editor, tiers, async t =>
            new { tierId = TierId(await t.TierAsync(await t.CampaignAsync())), tier = input });

        yield return Case("archiveTier", Need.Editor, tiers, async t => new { tierId = TierId(await t.TierAsync(await t.CampaignAsync())) });

        yield return Case("reorderTiers", Need.Editor, tiers, async t =>
        {
            var campaign = await t.CampaignAsync();
            var first = await t.TierAsync(campaign, sortOrder: 0);
            var second = await t.TierAsync(campaign, sortOrder: 1);
            return new { campaignId = Id(campaign), tierIds = new[] { TierId(second), TierId(first) } };
        });
    }

    private static string TierId(DonationTier tier) => NodeId.Of("DonationTier", tier.Id);
}
