using Headless.Domain.Tiers;
using Headless.Domain.Tests.Support;

namespace Headless.Domain.Tests.Tiers;

public sealed class TierAvailabilityTests
{
    [Fact]
    public void An_unlimited_tier_without_end_is_always_available()
    {
        var tier = TierSamples.Create(TierSamples.Fixed(25m));

        tier.Claim(25m, Utc.March(10));
        tier.Claim(25m, Utc.March(11));

        Assert.Null(tier.RemainingQuantity);
        Assert.Equal(2, tier.ClaimedQuantity);
        Assert.Equal(TierAvailability.Available, tier.AvailabilityAt(Utc.March(12)));
    }

    [Fact]
    public void Claims_count_down_the_remaining_places_until_sold_out()
    {
        var tier = TierSamples.Create(TierSamples.Fixed(25m, maxQuantity: 2));
        Assert.Equal(2, tier.RemainingQuantity);

        tier.Claim(25m, Utc.March(10));
        Assert.Equal(1, tier.RemainingQuantity);
        Assert.Equal(TierAvailability.Available, tier.AvailabilityAt(Utc.March(10)));

        tier.Claim(25m, Utc.March(10));
        Assert.Equal(0, tier.RemainingQuantity);
        Assert.Equal(TierAvailability.SoldOut, tier.AvailabilityAt(Utc.March(10)));
    }

    [Theory]
    [InlineData(-1, TierAvailability.Available)]
    [InlineData(0, TierAvailability.Ended)]
    [InlineData(1, TierAvailability.Ended)]
    public void A_tier_ends_at_its_end_date(long ticksFromEnd, TierAvailability expected)
    {
        var tier = TierSamples.Create(TierSamples.Fixed(endsAt: Utc.March(20)));

        Assert.Equal(expected, tier.AvailabilityAt(Utc.March(20).AddTicks(ticksFromEnd)));
    }

    [Fact]
    public void Ended_wins_over_sold_out_and_archived_wins_over_both()
    {
        var tier = TierSamples.Create(TierSamples.Fixed(25m, maxQuantity: 1, endsAt: Utc.March(20)));
        tier.Claim(25m, Utc.March(10));

        Assert.Equal(TierAvailability.SoldOut, tier.AvailabilityAt(Utc.March(15)));
        Assert.Equal(TierAvailability.Ended, tier.AvailabilityAt(Utc.March(21)));

        tier.Archive(Utc.March(16));

        Assert.Equal(TierAvailability.Archived, tier.AvailabilityAt(Utc.March(15)));
        Assert.Equal(TierAvailability.Archived, tier.AvailabilityAt(Utc.March(21)));
        Assert.Equal(Utc.March(16), tier.ArchivedAt);
    }

    [Theory]
    [InlineData("sold out", "SOLD_OUT")]
    [InlineData("ended", "ENDED")]
    [InlineData("archived", "ARCHIVED")]
    public void An_unavailable_tier_refuses_a_claim_with_a_code_per_reason(string reason, string code)
    {
        var tier = TierSamples.Create(TierSamples.Fixed(25m, maxQuantity: 1, endsAt: Utc.March(20)));
        var claimAt = Utc.March(10);
        switch (reason)
        {
            case "sold out":
                tier.Claim(25m, Utc.March(9));
                break;
            case "ended":
                claimAt = Utc.March(20);
                break;
            default:
                tier.Archive(Utc.March(5));
                break;
        }

        var claimed = tier.ClaimedQuantity;
        var version = tier.Version;

        var error = DomainAssert.Broken(() => tier.Claim(25m, claimAt), "tierId", code);

        Assert.False(string.IsNullOrWhiteSpace(error.Message));
        Assert.Equal(claimed, tier.ClaimedQuantity);
        Assert.Equal(version, tier.Version);
    }

    [Theory]
    [InlineData("24")]
    [InlineData("26")]
    public void A_claim_with_the_wrong_amount_is_refused(string amount)
    {
        var tier = TierSamples.Create(TierSamples.Fixed(25m, maxQuantity: 5));

        DomainAssert.Broken(() => tier.Claim(Numbers.Dec(amount), Utc.March(10)), "amount", "AMOUNT_NOT_ACCEPTED");
        Assert.Equal(5, tier.RemainingQuantity);
    }

    [Fact]
    public void Releasing_a_place_makes_a_sold_out_tier_available_again()
    {
        var tier = TierSamples.Create(TierSamples.Fixed(25m, maxQuantity: 1));
        tier.Claim(25m, Utc.March(10));

        tier.Release();

        Assert.Equal(1, tier.RemainingQuantity);
        Assert.Equal(TierAvailability.Available, tier.AvailabilityAt(Utc.March(11)));
    }

    [Fact]
    public void Releasing_never_goes_below_zero_claims()
    {
        var tier = TierSamples.Create(TierSamples.Fixed(25m, maxQuantity: 3));

        tier.Release();

        Assert.Equal(0, tier.ClaimedQuantity);
        Assert.Equal(3, tier.RemainingQuantity);
    }

    [Fact]
    public void The_quantity_cannot_drop_below_the_places_already_claimed()
    {
        var tier = TierSamples.Create(TierSamples.Fixed(25m, maxQuantity: 5));
        tier.Claim(25m, Utc.March(10));
        tier.Claim(25m, Utc.March(10));

        DomainAssert.Broken(() => tier.Update(TierSamples.Fixed(25m, maxQuantity: 1)), "maxQuantity", "BELOW_CLAIMED");
        Assert.Equal(5, tier.MaxQuantity);

        tier.Update(TierSamples.Fixed(25m, maxQuantity: 2));
        Assert.Equal(TierAvailability.SoldOut, tier.AvailabilityAt(Utc.March(11)));
    }
}
