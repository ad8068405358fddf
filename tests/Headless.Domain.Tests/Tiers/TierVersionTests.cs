using Headless.Domain.Tiers;
using Headless.Domain.Tests.Support;

namespace Headless.Domain.Tests.Tiers;

/// <summary>The tier's concurrency token moves with every change, and only with a change.</summary>
public sealed class TierVersionTests
{
    [Fact]
    public void Every_change_bumps_the_version()
    {
        var tier = TierSamples.Create(TierSamples.Fixed(25m, maxQuantity: 5));
        var versions = new List<int> { tier.Version };

        tier.Update(TierSamples.Fixed(30m, maxQuantity: 5));
        versions.Add(tier.Version);
        tier.Claim(30m, Utc.March(10));
        versions.Add(tier.Version);
        tier.Release();
        versions.Add(tier.Version);
        tier.MoveTo(7);
        versions.Add(tier.Version);
        tier.Archive(Utc.March(11));
        versions.Add(tier.Version);

        Assert.Equal(versions.Order(), versions);
        Assert.Equal(versions.Count, versions.Distinct().Count());
        Assert.Equal(7, tier.SortOrder);
    }

    [Theory]
    [InlineData("archive")]
    [InlineData("release")]
    [InlineData("move")]
    public void Repeating_a_change_changes_nothing_not_even_the_version(string change)
    {
        var tier = TierSamples.Create(TierSamples.Fixed(25m, maxQuantity: 5));
        Action<DateTime> apply = change switch
        {
            "archive" => at => tier.Archive(at),
            "release" => _ => tier.Release(),
            _ => _ => tier.MoveTo(3),
        };
        apply(Utc.March(2));
        var before = TierSamples.Snapshot(tier);

        apply(Utc.March(3));

        Assert.Equal(before, TierSamples.Snapshot(tier));
    }

    [Theory]
    [InlineData("blank name", "name", "REQUIRED")]
    [InlineData("long reward", "reward", "TOO_LONG")]
    [InlineData("local end", "endsAt", "NOT_UTC")]
    [InlineData("quantity below claims", "maxQuantity", "BELOW_CLAIMED")]
    [InlineData("preset out of range", "presets.0", "PRESET_OUT_OF_RANGE")]
    public void A_refused_update_leaves_every_property_and_the_version_as_they_were(string brokenRule, string field, string code)
    {
        var tier = TierSamples.Create(TierSamples.Fixed(25m, maxQuantity: 5, endsAt: Utc.March(20)));
        tier.Claim(25m, Utc.March(10));
        tier.Claim(25m, Utc.March(10));
        var before = TierSamples.Snapshot(tier);

        // Every other field changes, so a partial assignment before the refusal would show.
        var changed = TierSamples.Flexible(5m, 50m, [10m, 20m], maxQuantity: 10, endsAt: Utc.March(25)) with { Name = "Any amount" };
        var details = brokenRule switch
        {
            "blank name" => changed with { Name = " " },
            "long reward" => changed with { Reward = new string('r', 501) },
            "local end" => changed with { EndsAt = Utc.LocalTime() },
            "quantity below claims" => changed with { MaxQuantity = 1 },
            _ => changed with { Presets = [60m] },
        };

        DomainAssert.Broken(() => tier.Update(details), field, code);

        Assert.Equal(before, TierSamples.Snapshot(tier));
    }
}
