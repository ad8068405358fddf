using Headless.Data.Providers;
using Headless.Data.Tests.Support;
using Headless.Domain.Campaigns;
using Headless.Domain.Common;
using Microsoft.EntityFrameworkCore;

namespace Headless.Data.Tests.RoundTrips;

[Collection(SharedDatabases.Name)]
public sealed class CampaignRecordsRoundTripTests(TestDatabases databases)
{
    [Theory, SqliteData, PostgresData]
    public async Task Progress_updates_read_back_published_or_draft(DatabaseProvider provider)
    {
        var contexts = await databases.CreateMigratedAsync(provider);
        var ngo = Samples.Ngo("plan");
        var campaign = Samples.Campaign(ngo.Id, "schools");
        var published = ProgressUpdate.Create(campaign.Id, "Behind the scenes", "We met the teachers.", "https://x.com/PlanGlobal/status/1", TestTimes.Now);
        published.Publish(TestTimes.Now.AddHours(2));
        var draft = ProgressUpdate.Create(campaign.Id, "Preview", "Coming soon.", null, TestTimes.Now);
        await contexts.SaveAsync(ngo, campaign, published, draft);

        await using var db = contexts.CreateDbContext();
        var updates = await db.ProgressUpdates.AsNoTracking().Where(u => u.CampaignId == campaign.Id).ToDictionaryAsync(u => u.Title);

        Assert.Equal("We met the teachers.", updates["Behind the scenes"].Body);
        Assert.Equal("https://x.com/PlanGlobal/status/1", updates["Behind the scenes"].TweetUrl);
        Assert.Equal(TestTimes.Now.AddHours(2), updates["Behind the scenes"].PublishedAt);
        Assert.Equal(DateTimeKind.Utc, updates["Behind the scenes"].PublishedAt!.Value.Kind);
        Assert.Null(updates["Preview"].PublishedAt);
        Assert.Null(updates["Preview"].TweetUrl);
        Assert.Equal(TestTimes.Now, updates["Preview"].CreatedAt);
    }

    [Theory, SqliteData, PostgresData]
    public async Task Expense_lines_read_back_with_exact_amounts(DatabaseProvider provider)
    {
        var contexts = await databases.CreateMigratedAsync(provider);
        var ngo = Samples.Ngo("plan");
        var campaign = Samples.Campaign(ngo.Id, "wells");
        var expense = ExpenseLine.Create(campaign.Id, "Logistics", "Trucks to the villages", new Money(1234.5678m, "EUR"), TestTimes.Now.AddDays(-3));
        await contexts.SaveAsync(ngo, campaign, expense);

        await using var db = contexts.CreateDbContext();
        var read = await db.ExpenseLines.AsNoTracking().SingleAsync(e => e.Id == expense.Id);

        Assert.Equal(campaign.Id, read.CampaignId);
        Assert.Equal("Logistics", read.Category);
        Assert.Equal("Trucks to the villages", read.Description);
        Assert.Equal(new Money(1234.5678m, "EUR"), read.Money);
        Assert.Equal(TestTimes.Now.AddDays(-3), read.SpentOn);
        Assert.Equal(DateTimeKind.Utc, read.SpentOn.Kind);
    }

    [Theory, SqliteData, PostgresData]
    public async Task Pledge_engagements_read_back_with_kind_and_amount(DatabaseProvider provider)
    {
        var contexts = await databases.CreateMigratedAsync(provider);
        var ngo = Samples.Ngo("red-cross");
        var campaign = Samples.Campaign(ngo.Id, "perfect-gift");
        campaign.SetMatchingRule(Samples.PledgeRule(perRetweet: 1m, perReply: 0.5m));
        var retweet = Samples.Pledge(campaign, "5001", "7001", EngagementKind.Retweet);
        var reply = Samples.Pledge(campaign, "5002", "7002", EngagementKind.Reply, [retweet]);
        await contexts.SaveAsync(ngo, campaign, retweet, reply);

        await using var db = contexts.CreateDbContext();
        var read = await db.PledgeEngagements.AsNoTracking().Where(p => p.CampaignId == campaign.Id).ToDictionaryAsync(p => p.TweetXId);

        Assert.Equal(EngagementKind.Retweet, read["5001"].Kind);
        Assert.Equal(1m, read["5001"].Amount);
        Assert.Equal("7001", read["5001"].AuthorXId);
        Assert.Equal(EngagementKind.Reply, read["5002"].Kind);
        Assert.Equal(0.5m, read["5002"].Amount);
        Assert.Equal(TestTimes.Now, read["5002"].OccurredAt);
        Assert.Equal(DateTimeKind.Utc, read["5002"].OccurredAt.Kind);
    }

    [Theory, SqliteData, PostgresData]
    public async Task Donations_read_back_with_platform_tier_donor_and_refund(DatabaseProvider provider)
    {
        var contexts = await databases.CreateMigratedAsync(provider);
        var ngo = Samples.Ngo("mekong");
        var campaign = Samples.Campaign(ngo.Id, "sponsor-a-child");
        var tier = Samples.FixedTier(campaign.Id, 30m);
        var donation = Samples.Donation(campaign, 30m, "HA-0001", DonationPlatform.Helloasso, tier.Id);
        var refunded = Samples.Donation(campaign, 12.34m, "PP-0001", DonationPlatform.Paypal);
        refunded.Refund(TestTimes.Now.AddMinutes(30));
        await contexts.SaveAsync(ngo, campaign, tier, donation, refunded);

        await using var db = contexts.CreateDbContext();
        var read = await db.Donations.AsNoTracking().Where(d => d.CampaignId == campaign.Id).ToDictionaryAsync(d => d.ExternalReference);

        Assert.Equal(DonationPlatform.Helloasso, read["HA-0001"].Platform);
        Assert.Equal(tier.Id, read["HA-0001"].TierId);
        Assert.Equal(new Money(30m, "EUR"), read["HA-0001"].Money);
        Assert.Equal("Camille", read["HA-0001"].DonorName);
        Assert.False(read["HA-0001"].IsAnonymous);
        Assert.Equal(TestTimes.Now.AddHours(-1), read["HA-0001"].ReceivedAt);
        Assert.Equal(TestTimes.Now, read["HA-0001"].RecordedAt);
        Assert.Null(read["HA-0001"].RefundedAt);
        Assert.Equal(DonationPlatform.Paypal, read["PP-0001"].Platform);
        Assert.Null(read["PP-0001"].TierId);
        Assert.Equal(12.34m, read["PP-0001"].Amount);
        Assert.Equal(TestTimes.Now.AddMinutes(30), read["PP-0001"].RefundedAt);
        Assert.True(read["PP-0001"].IsRefunded);
        Assert.All(read.Values, d => Assert.Equal(DateTimeKind.Utc, d.ReceivedAt.Kind));
        Assert.All(read.Values, d => Assert.Equal(DateTimeKind.Utc, d.RecordedAt.Kind));
    }
}
