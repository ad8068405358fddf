using Headless.Domain.Tiers;
using Headless.Domain.Tests.Support;

namespace Headless.Domain.Tests.Tiers;

public sealed class DonationTierTests
{
    [Fact]
    public void A_fixed_tier_keeps_only_its_amount()
    {
        var campaignId = Guid.NewGuid();

        var tier = DonationTier.Create(campaignId, TierSamples.Fixed(25m));

        Assert.Equal(campaignId, tier.CampaignId);
        Assert.Equal(TierAmountType.Fixed, tier.AmountType);
        Assert.Equal(25m, tier.Amount);
        Assert.Null(tier.MinimumAmount);
        Assert.Null(tier.MaximumAmount);
        Assert.Empty(tier.Presets);
        Assert.Equal("A postcard", tier.Reward);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("0")]
    [InlineData("0.99")]
    [InlineData("-5")]
    public void A_fixed_amount_is_at_least_one_unit(string? amount)
    {
        var details = TierSamples.Fixed(amount is null ? null : Numbers.Dec(amount));

        DomainAssert.Broken(() => TierSamples.Create(details), "amount", "BELOW_MINIMUM");
    }

    [Fact]
    public void A_fixed_amount_of_exactly_one_unit_is_accepted()
    {
        Assert.Equal(1m, TierSamples.Create(TierSamples.Fixed(1m)).Amount);
    }

    [Theory]
    [InlineData("25", true)]
    [InlineData("25.00", true)]
    [InlineData("24.99", false)]
    [InlineData("26", false)]
    public void A_fixed_tier_accepts_only_its_amount(string amount, bool accepted)
    {
        var tier = TierSamples.Create(TierSamples.Fixed(25m));

        Assert.Equal(accepted, tier.Accepts(Numbers.Dec(amount)));
    }

    [Fact]
    public void A_flexible_tier_starts_at_one_unit_and_has_no_ceiling_by_default()
    {
        var tier = TierSamples.Create(TierSamples.Flexible());

        Assert.Equal(1m, tier.MinimumAmount);
        Assert.Null(tier.MaximumAmount);
        Assert.Null(tier.Amount);
        Assert.False(tier.Accepts(0.99m));
        Assert.True(tier.Accepts(1m));
        Assert.True(tier.Accepts(1_000_000_000m));
    }

    [Theory]
    [InlineData("10", "50", "9.99", false)]
    [InlineData("10", "50", "10", true)]
    [InlineData("10", "50", "50", true)]
    [InlineData("10", "50", "50.01", false)]
    public void A_flexible_tier_accepts_amounts_between_its_bounds(string minimum, string maximum, string amount, bool accepted)
    {
        var tier = TierSamples.Create(TierSamples.Flexible(Numbers.Dec(minimum), Numbers.Dec(maximum)));

        Assert.Equal(accepted, tier.Accepts(Numbers.Dec(amount)));
    }

    [Theory]
    [InlineData("0.5", null, "minimumAmount", "BELOW_MINIMUM")]
    [InlineData("0", null, "minimumAmount", "BELOW_MINIMUM")]
    [InlineData("10", "9.99", "maximumAmount", "BELOW_MINIMUM")]
    [InlineData(null, "0.5", "maximumAmount", "BELOW_MINIMUM")]
    public void Flexible_bounds_are_checked(string? minimum, string? maximum, string field, string code)
    {
        var details = TierSamples.Flexible(
            minimum is null ? null : Numbers.Dec(minimum),
            maximum is null ? null : Numbers.Dec(maximum));

        DomainAssert.Broken(() => TierSamples.Create(details), field, code);
    }

    [Fact]
    public void The_maximum_may_equal_the_minimum()
    {
        var tier = TierSamples.Create(TierSamples.Flexible(10m, 10m));

        Assert.True(tier.Accepts(10m));
    }

    [Fact]
    public void Presets_are_deduplicated_and_sorted()
    {
        var tier = TierSamples.Create(TierSamples.Flexible(5m, 100m, [20m, 5m, 100m, 10m, 20m]));

        Assert.Equal([5m, 10m, 20m, 100m], tier.Presets);
    }

    [Theory]
    [InlineData("5", "100", "10,500", "presets.1")]
    [InlineData("5", "100", "4.99,10", "presets.0")]
    [InlineData("5", "", "10,20,1", "presets.2")]
    public void Presets_must_lie_between_the_minimum_and_the_maximum(string minimum, string maximum, string presets, string field)
    {
        var details = TierSamples.Flexible(Numbers.Dec(minimum), maximum.Length == 0 ? null : Numbers.Dec(maximum), Numbers.Decs(presets));

        DomainAssert.Broken(() => TierSamples.Create(details), field, "PRESET_OUT_OF_RANGE");
    }

    [Theory]
    [InlineData(0)]
    [InlineData(-1)]
    public void A_limited_quantity_must_be_positive(int maxQuantity)
    {
        DomainAssert.Broken(() => TierSamples.Create(TierSamples.Fixed(maxQuantity: maxQuantity)), "maxQuantity", "NOT_POSITIVE");
    }

    [Fact]
    public void Name_and_end_date_are_checked()
    {
        DomainAssert.Broken(() => TierSamples.Create(TierSamples.Fixed(name: " ")), "name", "REQUIRED");
        DomainAssert.Broken(() => TierSamples.Create(TierSamples.Fixed(endsAt: Utc.LocalTime())), "endsAt", "NOT_UTC");
    }

    [Fact]
    public void Switching_a_tier_to_flexible_clears_the_fixed_amount()
    {
        var tier = TierSamples.Create(TierSamples.Fixed(25m));

        tier.Update(TierSamples.Flexible(5m, null, [5m, 10m]));

        Assert.Null(tier.Amount);
        Assert.Equal(5m, tier.MinimumAmount);
        Assert.Equal([5m, 10m], tier.Presets);
    }
}
