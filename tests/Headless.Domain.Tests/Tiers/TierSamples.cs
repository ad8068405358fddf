using Headless.Domain.Tiers;

namespace Headless.Domain.Tests.Tiers;

internal static class TierSamples
{
    public static TierDetails Fixed(decimal? amount = 25m, int? maxQuantity = null, DateTime? endsAt = null, string name = "Postcard from the field") =>
        new(name, null, "A postcard", TierAmountType.Fixed, amount, 5m, 100m, [10m], maxQuantity, endsAt, 0);

    public static TierDetails Flexible(
        decimal? minimum = null,
        decimal? maximum = null,
        IReadOnlyList<decimal>? presets = null,
        int? maxQuantity = null,
        DateTime? endsAt = null) =>
        new("From 1 € to infinity", "Give what you can", null, TierAmountType.Flexible, 99m, minimum, maximum, presets ?? [], maxQuantity, endsAt, 1);

    public static DonationTier Create(TierDetails details) => DonationTier.Create(Guid.NewGuid(), details);

    /// <summary>Everything an update could change, as one value: comparing two snapshots shows any partial change at once.</summary>
    public static object Snapshot(DonationTier tier) => new
    {
        tier.Name,
        tier.Description,
        tier.Reward,
        tier.AmountType,
        tier.Amount,
        tier.MinimumAmount,
        tier.MaximumAmount,
        Presets = string.Join(",", tier.Presets),
        tier.MaxQuantity,
        tier.ClaimedQuantity,
        tier.EndsAt,
        tier.SortOrder,
        tier.ArchivedAt,
        tier.Version,
    };
}
