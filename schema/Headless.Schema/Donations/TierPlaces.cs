using Headless.Domain.Tiers;
using Headless.Schema.Mutations;
using Microsoft.EntityFrameworkCore;

namespace Headless.Schema.Donations;

/// <summary>Reads a tier whose places a donation is about to take or give back.</summary>
internal static class TierPlaces
{
    /// <summary>
    /// Locks the tier's row for the rest of the transaction, then reads it as last committed.
    /// The concurrency token alone would keep places from being oversold, but under a burst every donor
    /// but one would lose each round and retry; waiting on the row lock lets them take their turns instead.
    /// The no-op update is how every provider takes a row lock without provider-specific SQL.
    /// </summary>
    public static async Task<DonationTier?> LockAsync(MutationContext m, Guid tierId, Guid campaignId)
    {
        var locked = await m.Db.Tiers.Where(t => t.Id == tierId && t.CampaignId == campaignId)
            .ExecuteUpdateAsync(s => s.SetProperty(t => t.Version, t => t.Version), m.CancellationToken);
        return locked == 0 ? null : await m.Db.Tiers.FirstAsync(t => t.Id == tierId, m.CancellationToken);
    }
}
