using Headless.Data.Providers;
using Headless.Data.Tests.Support;
using Headless.Domain.Tiers;
using Microsoft.EntityFrameworkCore;

namespace Headless.Data.Tests.RoundTrips;

[Collection(SharedDatabases.Name)]
public sealed class TierRoundTripTests(TestDatabases databases)
{
    [Theory, SqliteData, PostgresData]
    public async Task A_flexible_tier_reads_back_with_presets_and_quantities(DatabaseProvider provider)
    {
        var contexts = await databases.CreateMigratedAsync(provider);
        var ngo = Samples.Ngo("plan");
        var campaign = Samples.Campaign(ngo.Id, "schools");
        var tier = Samples.FlexibleTier(campaign.Id, 1m, 1000.5m, [25.25m, 5m, 10.0001m], maxQuantity: 100);
        tier.Claim(10.0001m, TestTimes.Now);
        tier.Claim(500m, TestTimes.Now);
        await contexts.SaveAsync(ngo, campaign, tier);

        await using var db = contexts.CreateDbContext();
        var read = await db.Tiers.AsNoTracking().SingleAsync(t => t.Id == tier.Id);

        Assert.Equal(campaign.Id, read.CampaignId);
        Assert.Equal("Supporter", read.Name);
        Assert.Equal("Any amount helps.", read.Description);
        Assert.Equal("A thank-you card", read.Reward);
        Assert.Equal(TierAmountType.Flexible, read.AmountType);
        Assert.Null(read.Amount);
        Assert.Equal(1m, read.MinimumAmount);
        Assert.Equal(1000.5m, read.MaximumAmount);
        Assert.Equal([5m, 10.0001m, 25.25m], read.Presets);
        Assert.Equal(100, read.MaxQuantity);
        Assert.Equal(2, read.ClaimedQuantity);
        Assert.Equal(98, read.RemainingQuantity);
        Assert.Equal(TestTimes.CampaignEnd, read.EndsAt);
        Assert.Equal(DateTimeKind.Utc, read.EndsAt!.Value.Kind);
        Assert.Equal(1, read.SortOrder);
        Assert.Equal(tier.Version, read.Version);
    }

    [Theory, SqliteData, PostgresData]
    public async Task A_fixed_tier_reads_back_without_presets_or_limits(DatabaseProvider provider)
    {
        var contexts = await databases.CreateMigratedAsync(provider);
        var ngo = Samples.Ngo("plan");
        var campaign = Samples.Campaign(ngo.Id, "schools");
        var tier = Samples.FixedTier(campaign.Id, 49.99m);
        tier.Archive(TestTimes.Now);
        await contexts.SaveAsync(ngo, campaign, tier);

        await using var db = contexts.CreateDbContext();
        var read = await db.Tiers.AsNoTracking().SingleAsync(t => t.Id == tier.Id);

        Assert.Equal(TierAmountType.Fixed, read.AmountType);
        Assert.Equal(49.99m, read.Amount);
        Assert.Null(read.MinimumAmount);
        Assert.Null(read.MaximumAmount);
        Assert.Empty(read.Presets);
        Assert.Null(read.MaxQuantity);
        Assert.Null(read.RemainingQuantity);
        Assert.Null(read.EndsAt);
        Assert.Equal(TestTimes.Now, read.ArchivedAt);
        Assert.Equal(TierAvailability.Archived, read.AvailabilityAt(TestTimes.Now));
    }

    [Theory, SqliteData, PostgresData]
    public async Task Changed_presets_are_saved(DatabaseProvider provider)
    {
        var contexts = await databases.CreateMigratedAsync(provider);
        var ngo = Samples.Ngo("plan");
        var campaign = Samples.Campaign(ngo.Id, "schools");
        var tier = Samples.FlexibleTier(campaign.Id, 2m, null, [5m, 10m]);
        await contexts.SaveAsync(ngo, campaign, tier);

        await using (var db = contexts.CreateDbContext())
        {
            var tracked = await db.Tiers.SingleAsync(t => t.Id == tier.Id);
            tracked.Update(new TierDetails("Supporter", null, null, TierAmountType.Flexible, null, 2m, null, [20m, 7.5m], null, null, 3));
            await db.SaveChangesAsync();
        }

        await using var check = contexts.CreateDbContext();
        var read = await check.Tiers.AsNoTracking().SingleAsync(t => t.Id == tier.Id);
        Assert.Equal([7.5m, 20m], read.Presets);
        Assert.Null(read.MaximumAmount);
        Assert.Equal(3, read.SortOrder);
    }
}
