using Headless.Domain.Tiers;

namespace Headless.Schema.Tiers;

public sealed record TierFilter(IReadOnlyList<TierAvailability>? Availability)
{
    /// <summary>By default archived tiers are left out; ask for ARCHIVED to see them.</summary>
    public static bool Matches(TierFilter? filter, DonationTier tier, DateTime now)
    {
        var availability = tier.AvailabilityAt(now);
        return filter?.Availability is { Count: > 0 } wanted
            ? wanted.Contains(availability)
            : availability != TierAvailability.Archived;
    }
}
