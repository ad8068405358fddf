using Headless.Data.Providers;
using Headless.Data.Tests.Support;
using Microsoft.EntityFrameworkCore;

namespace Headless.Data.Tests.RoundTrips;

[Collection(SharedDatabases.Name)]
public sealed class MoneyAndTimeStorageTests(TestDatabases databases)
{
    [Theory, SqliteData, PostgresData]
    public async Task Decimals_are_stored_exactly_up_to_19_digits_with_4_decimals(DatabaseProvider provider)
    {
        var contexts = await databases.CreateMigratedAsync(provider);
        var ngo = Samples.Ngo("plan");
        var campaign = Samples.Campaign(ngo.Id, "schools", goal: 999_999_999_999_999.9999m);
        var sum = Samples.Donation(campaign, 0.1m + 0.2m, "sum");
        var smallest = Samples.Donation(campaign, 0.0001m, "smallest");
        var largest = Samples.Donation(campaign, 999_999_999_999_999.9999m, "largest");
        await contexts.SaveAsync(ngo, campaign, sum, smallest, largest);

        await using var db = contexts.CreateDbContext();
        var amounts = await db.Donations.AsNoTracking().ToDictionaryAsync(d => d.ExternalReference, d => d.Amount);

        Assert.Equal(0.3m, amounts["sum"]);
        Assert.Equal(0.0001m, amounts["smallest"]);
        Assert.Equal(999_999_999_999_999.9999m, amounts["largest"]);
        Assert.Equal(999_999_999_999_999.9999m, (await db.Campaigns.AsNoTracking().SingleAsync()).GoalAmount);
    }

    [Theory, SqliteData, PostgresData]
    public async Task Decimals_compare_exactly_in_queries(DatabaseProvider provider)
    {
        var contexts = await databases.CreateMigratedAsync(provider);
        var ngo = Samples.Ngo("plan");
        var campaign = Samples.Campaign(ngo.Id, "schools");
        await contexts.SaveAsync(ngo, campaign, Samples.Donation(campaign, 0.1m + 0.2m, "a"), Samples.Donation(campaign, 0.31m, "b"));

        await using var db = contexts.CreateDbContext();
        var matches = await db.Donations.AsNoTracking().Where(d => d.Amount == 0.3m).Select(d => d.ExternalReference).ToListAsync();

        Assert.Equal(["a"], matches);
    }

    [Theory, SqliteData, PostgresData]
    public async Task Decimals_order_and_compare_by_value_not_by_text(DatabaseProvider provider)
    {
        var contexts = await databases.CreateMigratedAsync(provider);
        var ngo = Samples.Ngo("plan");
        var campaign = Samples.Campaign(ngo.Id, "schools");
        await contexts.SaveAsync(
            ngo, campaign, Samples.Donation(campaign, 100m, "hundred"), Samples.Donation(campaign, 9.5m, "nine"), Samples.Donation(campaign, 10m, "ten"));

        await using var db = contexts.CreateDbContext();
        var ordered = await db.Donations.AsNoTracking().OrderBy(d => d.Amount).Select(d => d.ExternalReference).ToListAsync();
        var aboveNine = await db.Donations.AsNoTracking().Where(d => d.Amount > 9.75m).OrderBy(d => d.ExternalReference).Select(d => d.ExternalReference).ToListAsync();

        Assert.Equal(["nine", "ten", "hundred"], ordered);
        Assert.Equal(["hundred", "ten"], aboveNine);
    }

    [Theory, SqliteData, PostgresData]
    public async Task Times_come_back_as_UTC_and_filter_as_UTC(DatabaseProvider provider)
    {
        var contexts = await databases.CreateMigratedAsync(provider);
        var ngo = Samples.Ngo("plan");
        var campaign = Samples.Campaign(ngo.Id, "schools");
        campaign.Publish(TestTimes.Now);
        await contexts.SaveAsync(ngo, campaign);

        await using var db = contexts.CreateDbContext();
        var live = await db.Campaigns.AsNoTracking()
            .Where(c => c.StartsAt <= TestTimes.Now && TestTimes.Now < c.EndsAt)
            .SingleAsync();

        Assert.Equal(DateTimeKind.Utc, live.StartsAt.Kind);
        Assert.Equal(DateTimeKind.Utc, live.EndsAt.Kind);
        Assert.Equal(DateTimeKind.Utc, live.CreatedAt.Kind);
        Assert.Equal(DateTimeKind.Utc, live.PublishedAt!.Value.Kind);
        Assert.Equal(TestTimes.Now, live.PublishedAt);
    }
}
