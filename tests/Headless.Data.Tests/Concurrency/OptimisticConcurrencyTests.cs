using Headless.Data.Providers;
using Headless.Data.Tests.Support;
using Microsoft.EntityFrameworkCore;

namespace Headless.Data.Tests.Concurrency;

/// <summary>Two editors load the same row, both change it: the second save must conflict instead of overwriting.</summary>
[Collection(SharedDatabases.Name)]
public sealed class OptimisticConcurrencyTests(TestDatabases databases)
{
    [Theory, SqliteData, PostgresData]
    public async Task The_second_concurrent_campaign_edit_conflicts(DatabaseProvider provider)
    {
        var contexts = await databases.CreateMigratedAsync(provider);
        var ngo = Samples.Ngo("plan");
        var campaign = Samples.Campaign(ngo.Id, "schools", 1_000m, "Schools");
        await contexts.SaveAsync(ngo, campaign);

        await using var first = contexts.CreateDbContext();
        await using var second = contexts.CreateDbContext();
        var firstCopy = await first.Campaigns.Include(c => c.Hashtags).SingleAsync(c => c.Id == campaign.Id);
        var secondCopy = await second.Campaigns.Include(c => c.Hashtags).SingleAsync(c => c.Id == campaign.Id);

        firstCopy.Publish(TestTimes.Now);
        secondCopy.SetMatchingRule(Samples.PledgeRule());
        await first.SaveChangesAsync();

        await Assert.ThrowsAsync<DbUpdateConcurrencyException>(() => second.SaveChangesAsync());

        await using var check = contexts.CreateDbContext();
        var stored = await check.Campaigns.AsNoTracking().SingleAsync(c => c.Id == campaign.Id);
        Assert.Equal(TestTimes.Now, stored.PublishedAt);
        Assert.Null(stored.MatchingRule);
        Assert.Equal(firstCopy.Version, stored.Version);
    }

    [Theory, SqliteData, PostgresData]
    public async Task An_edit_after_reloading_succeeds(DatabaseProvider provider)
    {
        var contexts = await databases.CreateMigratedAsync(provider);
        var ngo = Samples.Ngo("plan");
        var campaign = Samples.Campaign(ngo.Id, "schools");
        await contexts.SaveAsync(ngo, campaign);

        await using (var first = contexts.CreateDbContext())
        {
            (await first.Campaigns.SingleAsync(c => c.Id == campaign.Id)).Publish(TestTimes.Now);
            await first.SaveChangesAsync();
        }

        await using (var second = contexts.CreateDbContext())
        {
            (await second.Campaigns.SingleAsync(c => c.Id == campaign.Id)).Archive(TestTimes.Now.AddDays(1));
            await second.SaveChangesAsync();
        }

        await using var check = contexts.CreateDbContext();
        var stored = await check.Campaigns.AsNoTracking().SingleAsync(c => c.Id == campaign.Id);
        Assert.Equal(TestTimes.Now, stored.PublishedAt);
        Assert.Equal(TestTimes.Now.AddDays(1), stored.ArchivedAt);
    }

    [Theory, SqliteData, PostgresData]
    public async Task Two_donors_claiming_the_last_place_of_a_tier_conflict(DatabaseProvider provider)
    {
        var contexts = await databases.CreateMigratedAsync(provider);
        var ngo = Samples.Ngo("mekong");
        var campaign = Samples.Campaign(ngo.Id, "sponsor-a-child");
        var tier = Samples.FixedTier(campaign.Id, 30m, maxQuantity: 1);
        await contexts.SaveAsync(ngo, campaign, tier);

        await using var first = contexts.CreateDbContext();
        await using var second = contexts.CreateDbContext();
        (await first.Tiers.SingleAsync(t => t.Id == tier.Id)).Claim(30m, TestTimes.Now);
        (await second.Tiers.SingleAsync(t => t.Id == tier.Id)).Claim(30m, TestTimes.Now);
        await first.SaveChangesAsync();

        await Assert.ThrowsAsync<DbUpdateConcurrencyException>(() => second.SaveChangesAsync());

        await using var check = contexts.CreateDbContext();
        Assert.Equal(1, (await check.Tiers.AsNoTracking().SingleAsync(t => t.Id == tier.Id)).ClaimedQuantity);
    }

    [Theory, SqliteData, PostgresData]
    public async Task The_second_concurrent_tier_edit_conflicts(DatabaseProvider provider)
    {
        var contexts = await databases.CreateMigratedAsync(provider);
        var ngo = Samples.Ngo("plan");
        var campaign = Samples.Campaign(ngo.Id, "schools");
        var tier = Samples.FlexibleTier(campaign.Id, 1m, null, [5m]);
        await contexts.SaveAsync(ngo, campaign, tier);

        await using var first = contexts.CreateDbContext();
        await using var second = contexts.CreateDbContext();
        (await first.Tiers.SingleAsync(t => t.Id == tier.Id)).MoveTo(5);
        (await second.Tiers.SingleAsync(t => t.Id == tier.Id)).Archive(TestTimes.Now);
        await first.SaveChangesAsync();

        await Assert.ThrowsAsync<DbUpdateConcurrencyException>(() => second.SaveChangesAsync());

        await using var check = contexts.CreateDbContext();
        var stored = await check.Tiers.AsNoTracking().SingleAsync(t => t.Id == tier.Id);
        Assert.Equal(5, stored.SortOrder);
        Assert.Null(stored.ArchivedAt);
    }
}
