using System.Text.Json;
using System.Text.Json.Nodes;
using Headless.Api.Tests.Infrastructure;
using Headless.Domain.Campaigns;
using Headless.Domain.Ngos;
using Headless.GraphQL.Relay;

namespace Headless.Api.Tests.Campaigns;

/// <summary>Progress numbers are exact: decimal sums, refunds left out, pledges capped, money as strings.</summary>
public sealed class CampaignProgressTests
{
    private const string Query = """
        query($ngo: String!, $slug: String!) {
          campaign(ngoSlug: $ngo, slug: $slug) {
            goal { type amount { amount } donors }
            matchingRule { cap { amount } matchedAmount { amount currency } }
            progress { raised { amount currency } matched { amount } total { amount } donorCount percentage }
            donations { totalCount nodes { amount { amount } } }
          }
        }
        """;

    [Fact]
    public async Task Raised_is_the_exact_sum_of_the_donations_without_the_refunded_ones()
    {
        await using var api = HeadlessApiFactory.OnSqlite();
        var now = api.Data.Now;
        var ngo = await api.Data.NgoAsync();
        var campaign = await api.Data.CampaignAsync(ngo);
        foreach (var amount in new[] { 0.10m, 0.20m, 12.5m, 99.99m })
        {
            await api.Data.RecordDonationAsync(campaign, amount, "Donor", now.AddHours(-1));
        }

        var refunded = await api.Data.RecordDonationAsync(campaign, 50m, "Refunded", now.AddHours(-2), refunded: true);

        var data = await api.CreateClient().QueryAsync(Query, new { ngo = ngo.Slug, slug = campaign.Slug });
        var result = await api.CreateClient().PostAsync("query($id: ID!) { node(id: $id) { id } }", new { id = GlobalId.Encode("Donation", refunded.Id) });

        var progress = data["campaign"]!["progress"]!;
        Assert.Equal("112.79", Amount(progress["raised"]));
        Assert.Equal(JsonValueKind.String, progress["raised"]!["amount"]!.GetValueKind());
        Assert.Equal("EUR", progress["raised"]!["currency"]!.GetValue<string>());
        Assert.Equal(4, progress["donorCount"]!.GetValue<int>());
        Assert.Equal("11.27", progress["percentage"]!.GetValue<string>());
        Assert.Equal("0.00", Amount(progress["matched"]));
        Assert.Equal("112.79", Amount(progress["total"]));
        Assert.Equal(4, data["campaign"]!["donations"]!["totalCount"]!.GetValue<int>());
        Assert.Null(result["data"]!["node"]);
    }

    [Fact]
    public async Task Matched_counts_every_engagement_kind_at_its_own_rate()
    {
        await using var api = HeadlessApiFactory.OnSqlite();
        var (ngo, campaign) = await PledgedCampaignAsync(api.Data, cap: 100m);
        await api.Data.EngagementsAsync(campaign, Engagements(api.Data.Now));

        var data = (await api.CreateClient().QueryAsync(Query, new { ngo = ngo.Slug, slug = campaign.Slug }))["campaign"]!;

        // 3 retweets x 3.00 + 2 replies x 2.00 + 1 quote x 0.25; the engagement before the window is not counted.
        Assert.Equal("13.25", Amount(data["progress"]!["matched"]));
        Assert.Equal("13.25", Amount(data["matchingRule"]!["matchedAmount"]));
        Assert.Equal("1.32", data["progress"]!["percentage"]!.GetValue<string>());
    }

    [Fact]
    public async Task Matched_never_exceeds_the_cap_even_when_more_was_counted()
    {
        await using var api = HeadlessApiFactory.OnSqlite();
        var (ngo, campaign) = await PledgedCampaignAsync(api.Data, cap: 10m);

        // Counted under an earlier, larger cap: the campaign's current cap still bounds what is shown.
        var earlierRule = PledgeMatchingRule.Create(Rule(api.Data.Now, cap: 100m));
        await api.Data.EngagementsAsync(campaign, Engagements(api.Data.Now), earlierRule);
        await api.Data.RecordDonationAsync(campaign, 20m, "Camille", api.Data.Now.AddHours(-1));

        var data = (await api.CreateClient().QueryAsync(Query, new { ngo = ngo.Slug, slug = campaign.Slug }))["campaign"]!;

        Assert.Equal("10.00", Amount(data["matchingRule"]!["cap"]));
        Assert.Equal("10.00", Amount(data["progress"]!["matched"]));
        Assert.Equal("10.00", Amount(data["matchingRule"]!["matchedAmount"]));
        Assert.Equal("30.00", Amount(data["progress"]!["total"]));
    }

    [Fact]
    public async Task A_donor_goal_measures_donors_and_may_pass_one_hundred_percent()
    {
        await using var api = HeadlessApiFactory.OnSqlite();
        var now = api.Data.Now;
        var ngo = await api.Data.NgoAsync();
        var details = CampaignSamples.Details(now.AddDays(-1), now.AddDays(1)) with { Goal = CampaignGoal.ForDonors(3, "EUR") };
        var campaign = await api.Data.CampaignAsync(ngo.Id, details, c => c.Publish(now));
        for (var i = 0; i < 4; i++)
        {
            await api.Data.RecordDonationAsync(campaign, 1m, null, now.AddMinutes(-i - 1));
        }

        var data = (await api.CreateClient().QueryAsync(Query, new { ngo = ngo.Slug, slug = campaign.Slug }))["campaign"]!;

        Assert.Equal("DONORS", data["goal"]!["type"]!.GetValue<string>());
        Assert.Null(data["goal"]!["amount"]);
        Assert.Equal(3, data["goal"]!["donors"]!.GetValue<int>());
        Assert.Equal("133.33", data["progress"]!["percentage"]!.GetValue<string>());
        Assert.Null(data["matchingRule"]);
    }

    private static async Task<(Ngo Ngo, Campaign Campaign)> PledgedCampaignAsync(TestData data, decimal cap)
    {
        var now = data.Now;
        var ngo = await data.NgoAsync();
        var campaign = await data.CampaignAsync(ngo.Id, CampaignSamples.Details(now.AddDays(-5), now.AddDays(5)), c =>
        {
            c.SetMatchingRule(Rule(now, cap));
            c.Publish(now.AddDays(-5));
        });
        return (ngo, campaign);
    }

    private static PledgeMatchingRuleDetails Rule(DateTime now, decimal cap) =>
        new("Sponsor", PerRetweet: 3m, PerReply: 2m, PerQuote: 0.25m, cap, OncePerAuthor: false, now.AddDays(-2), now.AddDays(5));

    private static IEnumerable<Engagement> Engagements(DateTime now) =>
    [
        new("1940000000000000001", "3000000001", EngagementKind.Retweet, now.AddHours(-6)),
        new("1940000000000000002", "3000000002", EngagementKind.Retweet, now.AddHours(-5)),
        new("1940000000000000003", "3000000003", EngagementKind.Retweet, now.AddHours(-4)),
        new("1940000000000000004", "3000000004", EngagementKind.Reply, now.AddHours(-3)),
        new("1940000000000000005", "3000000005", EngagementKind.Reply, now.AddHours(-2)),
        new("1940000000000000006", "3000000006", EngagementKind.Quote, now.AddHours(-1)),
        new("1940000000000000007", "3000000007", EngagementKind.Retweet, now.AddDays(-3)),
    ];

    private static string Amount(JsonNode? money) => money!["amount"]!.GetValue<string>();
}
