namespace Headless.Domain.Tiers;

/// <summary>FIXED: one amount; FLEXIBLE: a minimum and an optional maximum ("from 1 € to infinity").</summary>
public enum TierAmountType
{
    Fixed,
    Flexible,
}
