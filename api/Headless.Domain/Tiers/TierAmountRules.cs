using Headless.Domain.Common;

namespace Headless.Domain.Tiers;

/// <summary>The amount rules of a tier, kept apart so they read as a list.</summary>
internal static class TierAmountRules
{
    public static void Validate(TierDetails details)
    {
        if (details.MaxQuantity is <= 0)
        {
            throw new DomainRuleException("maxQuantity", "NOT_POSITIVE", "A limited quantity must be positive.");
        }

        if (details.AmountType == TierAmountType.Fixed)
        {
            if (details.Amount is not { } amount || amount < DonationTier.MinimumUnit)
            {
                throw new DomainRuleException("amount", "BELOW_MINIMUM", "A fixed tier needs an amount of at least 1.");
            }

            return;
        }

        var minimum = details.MinimumAmount ?? DonationTier.MinimumUnit;
        if (minimum < DonationTier.MinimumUnit)
        {
            throw new DomainRuleException("minimumAmount", "BELOW_MINIMUM", "The minimum is at least 1 unit of the currency.");
        }

        if (details.MaximumAmount is { } maximum && maximum < minimum)
        {
            throw new DomainRuleException("maximumAmount", "BELOW_MINIMUM", "The maximum cannot be below the minimum.");
        }

        for (var i = 0; i < details.Presets.Count; i++)
        {
            var preset = details.Presets[i];
            if (preset < minimum || (details.MaximumAmount is { } max && preset > max))
            {
                throw new DomainRuleException($"presets.{i}", "PRESET_OUT_OF_RANGE", "Each preset must lie between the minimum and the maximum.");
            }
        }
    }
}
