namespace Headless.Domain.Tiers;

public enum TierAvailability
{
    Available,
    SoldOut,
    Ended,
    Archived,
}
