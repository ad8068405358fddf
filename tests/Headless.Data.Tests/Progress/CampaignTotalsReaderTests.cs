using Headless.Data.Progress;
using Headless.Data.Providers;
using Headless.Data.Tests.Support;
using Headless.Domain.Campaigns;

namespace Headless.Data.Tests.Progress;

[Collection(SharedDatabases.Name)]
public sealed class CampaignTotalsReaderTests(TestDatabases databases)
{
    [Theory, SqliteData, PostgresData]
    public async Task Totals_sum_donations_exactly_without_refunds(DatabaseProvider provider)
    {
        var contexts = await databases.CreateMigratedAsync(provider);
        var ngo = Samples.Ngo("plan");
        var campaign = Samples.Campaign(ngo.Id, "schools");
        // Ten times 0.1 is not 1 in binary floating point: a sum that goes through double shows here.
        var tenths = Enumerable.Range(1, 10).Select(i => Samples.Donation(campaign, 0.1m, $"tenth-{i}")).ToList();
        var odd = Samples.Donation(campaign, 1234.5678m, "odd");
        var refunded = Samples.Donation(campaign, 500m, "refunded");
        refunded.Refund(TestTimes.Now);
        await contexts.SaveAsync([ngo, campaign, .. tenths, odd, refunded]);

        var totals = await new CampaignTotalsReader(contexts).ReadAsync([campaign.Id], CancellationToken.None);

        Assert.Equal(new CampaignTotals(1235.5678m, 11, 0m), totals[campaign.Id]);
    }

    [Theory, SqliteData, PostgresData]
    public async Task Totals_sum_counted_pledges_per_campaign(DatabaseProvider provider)
    {
        var contexts = await databases.CreateMigratedAsync(provider);
        var ngo = Samples.Ngo("red-cross");
        var pledged = Samples.Campaign(ngo.Id, "perfect-gift");
        pledged.SetMatchingRule(Samples.PledgeRule(perRetweet: 0.1m, perReply: 0.2m, cap: 100m));
        var retweet = Samples.Pledge(pledged, "1", "101", EngagementKind.Retweet);
        var reply = Samples.Pledge(pledged, "2", "102", EngagementKind.Reply, [retweet]);
        var quote = Samples.Pledge(pledged, "3", "103", EngagementKind.Quote, [retweet, reply]);
        var other = Samples.Campaign(ngo.Id, "other");
        await contexts.SaveAsync(ngo, pledged, other, retweet, reply, quote, Samples.Donation(other, 7m, "d-1"));

        var totals = await new CampaignTotalsReader(contexts).ReadAsync([pledged.Id, other.Id], CancellationToken.None);

        Assert.Equal(new CampaignTotals(0m, 0, 0.55m), totals[pledged.Id]);
        Assert.Equal(new CampaignTotals(7m, 1, 0m), totals[other.Id]);
    }

    [Theory, SqliteData, PostgresData]
    public async Task Only_the_asked_campaigns_are_read_and_unknown_ones_are_zero(DatabaseProvider provider)
    {
        var contexts = await databases.CreateMigratedAsync(provider);
        var ngo = Samples.Ngo("plan");
        var asked = Samples.Campaign(ngo.Id, "asked");
        var notAsked = Samples.Campaign(ngo.Id, "not-asked");
        await contexts.SaveAsync(ngo, asked, notAsked, Samples.Donation(asked, 2.5m, "a"), Samples.Donation(notAsked, 99m, "b"));
        var unknown = Guid.NewGuid();

        var totals = await new CampaignTotalsReader(contexts).ReadAsync([asked.Id, unknown, asked.Id], CancellationToken.None);

        Assert.Equal(2, totals.Count);
        Assert.Equal(new CampaignTotals(2.5m, 1, 0m), totals[asked.Id]);
        Assert.Equal(CampaignTotals.None, totals[unknown]);
        Assert.False(totals.ContainsKey(notAsked.Id));
    }

    [Theory, SqliteData, PostgresData]
    public async Task No_campaigns_give_no_totals(DatabaseProvider provider)
    {
        var contexts = await databases.CreateMigratedAsync(provider);

        var totals = await new CampaignTotalsReader(contexts).ReadAsync([], CancellationToken.None);

        Assert.Empty(totals);
    }
}
