using GraphQL.Types;
using Headless.Domain.Campaigns;
using Headless.Domain.Tiers;
using Headless.Schema.Campaigns;
using Headless.Schema.Mutations;
using Microsoft.EntityFrameworkCore;

namespace Headless.Schema.Tiers;

/// <summary>Donation tiers (EDITOR). Edits rely on the tier's concurrency token: a concurrent edit is a VERSION_CONFLICT.</summary>
internal static class TierMutations
{
    public static void AddTierMutations(this ObjectGraphType mutation)
    {
        mutation.AddMutation<CreateTierInputType, CreateTierInput, DonationTierType, DonationTier>(
            "createTier", "Adds a way to give to a campaign (EDITOR); it comes last unless given a sortOrder.", "tier", async (m, input) =>
            {
                var campaign = await EditableCampaigns.LoadAsync(m, input.CampaignId, expectedVersion: null);
                var last = await m.Db.Tiers.Where(t => t.CampaignId == campaign.Id).MaxAsync(t => (int?)t.SortOrder, m.CancellationToken);
                var tier = InputFields.Under("tier", () => DonationTier.Create(campaign.Id, input.Tier.ToDetails(last + 1 ?? 0)));
                m.Db.Tiers.Add(tier);
                m.Audit(campaign.NgoId, "DonationTier", tier.Id);
                return tier;
            });

        mutation.AddMutation<UpdateTierInputType, UpdateTierInput, DonationTierType, DonationTier>(
            "updateTier", "Changes a tier (EDITOR); its limited quantity cannot drop below the places already taken.", "tier", async (m, input) =>
            {
                var (tier, campaign) = await TierTargets.LoadAsync(m, input.TierId, input.ExpectedVersion);
                InputFields.Under("tier", () => tier.Update(input.Tier.ToDetails(tier.SortOrder)));
                m.Audit(campaign.NgoId, "DonationTier", tier.Id);
                return tier;
            });

        mutation.AddMutation<ArchiveTierInputType, ArchiveTierInput, DonationTierType, DonationTier>(
            "archiveTier", "Archives a tier: it takes no more donations and leaves the default tier list (EDITOR).", "tier", async (m, input) =>
            {
                var (tier, campaign) = await TierTargets.LoadAsync(m, input.TierId, input.ExpectedVersion);
                tier.Archive(m.Now);
                m.Audit(campaign.NgoId, "DonationTier", tier.Id);
                return tier;
            });

        mutation.AddMutation<ReorderTiersInputType, ReorderTiersInput, CampaignType, Campaign>(
            "reorderTiers", "Sets the display order of a campaign's tiers (EDITOR); returns the campaign.", "campaign", ReorderAsync);
    }

    private static async Task<Campaign> ReorderAsync(MutationContext m, ReorderTiersInput input)
    {
        var campaign = await EditableCampaigns.LoadAsync(m, input.CampaignId, expectedVersion: null);
        var listed = input.TierIds.Select((id, i) => m.Id(id, "DonationTier", $"tierIds.{i}")).ToList();
        var tiers = await m.Db.Tiers.Where(t => t.CampaignId == campaign.Id)
            .OrderBy(t => t.SortOrder).ThenBy(t => t.Id).ToListAsync(m.CancellationToken);
        for (var i = 0; i < listed.Count; i++)
        {
            if (listed.IndexOf(listed[i]) != i)
            {
                throw Invalid(m, i, "DUPLICATE", "lists the same tier twice");
            }

            if (tiers.TrueForAll(t => t.Id != listed[i]))
            {
                throw Invalid(m, i, "NOT_IN_CAMPAIGN", "is not a tier of this campaign");
            }
        }

        var ordered = listed.Select(id => tiers.First(t => t.Id == id)).Concat(tiers.Where(t => !listed.Contains(t.Id))).ToList();
        for (var i = 0; i < ordered.Count; i++)
        {
            ordered[i].MoveTo(i);
        }

        m.Audit(campaign.NgoId, "Campaign", campaign.Id);
        return campaign;
    }

    private static MutationFailedException Invalid(MutationContext m, int index, string code, string problem) =>
        new(new ValidationError($"{m.Operation}: tierIds[{index}] {problem}.", code, ["input", "tierIds", index.ToString(System.Globalization.CultureInfo.InvariantCulture)]));
}
