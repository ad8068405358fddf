using Headless.Data.Providers;
using Headless.Data.Tests.Support;
using Headless.Domain.Campaigns;
using Microsoft.EntityFrameworkCore;

namespace Headless.Data.Tests.RoundTrips;

[Collection(SharedDatabases.Name)]
public sealed class CampaignRoundTripTests(TestDatabases databases)
{
    [Theory, SqliteData, PostgresData]
    public async Task A_campaign_reads_back_with_hashtags_phases_links_and_pledge_rule(DatabaseProvider provider)
    {
        var contexts = await databases.CreateMigratedAsync(provider);
        var ngo = Samples.Ngo("red-cross");
        var campaign = Samples.Campaign(ngo.Id, "perfect-gift", 10_000.5m, "#PerfectGift", "RedCross");
        campaign.AddPhase(new PhaseDetails("Launch", TestTimes.CampaignStart, TestTimes.CampaignStart.AddDays(7), "It starts now!"));
        campaign.AddPhase(new PhaseDetails("Last 48 hours", TestTimes.CampaignEnd.AddDays(-2), TestTimes.CampaignEnd, null));
        campaign.AddDonationLink(DonationPlatform.Paypal, "https://paypal.me/redcross", "PayPal");
        campaign.AddDonationLink(DonationPlatform.Website, "https://redcross.example/give", null);
        campaign.SetMatchingRule(Samples.PledgeRule(perRetweet: 1m, perReply: 0.5m, cap: 10_000m));
        campaign.Publish(TestTimes.Now);
        await contexts.SaveAsync(ngo, campaign);

        await using var db = contexts.CreateDbContext();
        var read = await db.Campaigns.AsNoTracking()
            .Include(c => c.Hashtags).Include(c => c.Phases).Include(c => c.DonationLinks)
            .SingleAsync(c => c.Id == campaign.Id);

        Assert.Equal(ngo.Id, read.NgoId);
        Assert.Equal("perfect-gift", read.Slug);
        Assert.Equal(campaign.Title, read.Title);
        Assert.Equal(campaign.Summary, read.Summary);
        Assert.Equal(campaign.Description, read.Description);
        Assert.Equal(GoalType.Amount, read.GoalType);
        Assert.Equal(10_000.5m, read.GoalAmount);
        Assert.Equal("EUR", read.Currency);
        Assert.Equal(TestTimes.CampaignStart, read.StartsAt);
        Assert.Equal(TestTimes.CampaignEnd, read.EndsAt);
        Assert.Equal(TestTimes.Now, read.PublishedAt);
        Assert.Null(read.ArchivedAt);
        Assert.Equal(campaign.Version, read.Version);

        Assert.Equal(["perfectgift", "redcross"], read.Hashtags.Select(h => h.Key).Order());
        Assert.Equal(["PerfectGift", "RedCross"], read.Hashtags.Select(h => h.Text).Order());

        var phases = read.Phases.OrderBy(p => p.StartsAt).ToList();
        Assert.Equal(["Launch", "Last 48 hours"], phases.Select(p => p.Name));
        Assert.Equal("It starts now!", phases[0].RelaunchMessage);
        Assert.Null(phases[1].RelaunchMessage);
        Assert.Equal(TestTimes.CampaignEnd, phases[1].EndsAt);
        Assert.All(phases, p => Assert.Equal(DateTimeKind.Utc, p.StartsAt.Kind));

        var links = read.DonationLinks.OrderBy(l => l.Platform).ToList();
        Assert.Equal([DonationPlatform.Website, DonationPlatform.Paypal], links.Select(l => l.Platform));
        Assert.Equal("https://paypal.me/redcross", links[1].Url);
        Assert.Equal("PayPal", links[1].Label);
        Assert.Null(links[0].Label);

        var rule = Assert.IsType<PledgeMatchingRule>(read.MatchingRule);
        Assert.Equal(campaign.MatchingRule, rule);
        Assert.Equal(DateTimeKind.Utc, rule.StartsAt.Kind);
        Assert.Equal(DateTimeKind.Utc, rule.EndsAt.Kind);
    }

    [Theory, SqliteData, PostgresData]
    public async Task A_campaign_without_a_pledge_rule_reads_back_without_one(DatabaseProvider provider)
    {
        var contexts = await databases.CreateMigratedAsync(provider);
        var ngo = Samples.Ngo("unicef");
        var campaign = Samples.Campaign(ngo.Id, "winter");
        await contexts.SaveAsync(ngo, campaign);

        await using var db = contexts.CreateDbContext();
        var read = await db.Campaigns.AsNoTracking().SingleAsync(c => c.Id == campaign.Id);

        Assert.Null(read.MatchingRule);
        Assert.Null(read.PublishedAt);
    }

    [Theory, SqliteData, PostgresData]
    public async Task Removing_a_pledge_rule_and_a_hashtag_is_saved(DatabaseProvider provider)
    {
        var contexts = await databases.CreateMigratedAsync(provider);
        var ngo = Samples.Ngo("amnesty");
        var campaign = Samples.Campaign(ngo.Id, "write-for-rights", 5_000m, "W4R", "Amnesty");
        campaign.SetMatchingRule(Samples.PledgeRule());
        await contexts.SaveAsync(ngo, campaign);

        await using (var db = contexts.CreateDbContext())
        {
            var tracked = await db.Campaigns.Include(c => c.Hashtags).SingleAsync(c => c.Id == campaign.Id);
            tracked.SetMatchingRule(null);
            tracked.SetHashtags(["W4R"]);
            await db.SaveChangesAsync();
        }

        await using var check = contexts.CreateDbContext();
        var read = await check.Campaigns.AsNoTracking().Include(c => c.Hashtags).SingleAsync(c => c.Id == campaign.Id);
        Assert.Null(read.MatchingRule);
        Assert.Equal(["w4r"], read.Hashtags.Select(h => h.Key));
        Assert.Equal(1, await check.CampaignHashtags.CountAsync());
    }

    [Theory, SqliteData, PostgresData]
    public async Task A_donor_goal_reads_back_as_a_donor_goal(DatabaseProvider provider)
    {
        var contexts = await databases.CreateMigratedAsync(provider);
        var ngo = Samples.Ngo("mekong");
        var campaign = Campaign.Create(
            ngo.Id,
            new CampaignDetails("sponsors", "Find sponsors", null, null, CampaignGoal.ForDonors(250, "EUR"), TestTimes.CampaignStart, TestTimes.CampaignEnd, ["Mekong"]),
            TestTimes.Now);
        await contexts.SaveAsync(ngo, campaign);

        await using var db = contexts.CreateDbContext();
        var read = await db.Campaigns.AsNoTracking().SingleAsync(c => c.Id == campaign.Id);

        Assert.Equal(GoalType.Donors, read.Goal.Type);
        Assert.Equal(250, read.Goal.Donors);
        Assert.Equal(0m, read.Goal.Amount.Amount);
        Assert.Null(read.Summary);
    }
}
