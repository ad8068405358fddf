using System.Buffers.Text;
using System.Text;
using Headless.Api.Tests.Infrastructure;
using Headless.Domain.Accounts;
using Headless.Domain.Campaigns;
using Headless.Domain.Tiers;
using Headless.GraphQL.Relay;

namespace Headless.Api.Tests.Nodes;

/// <summary>Relay refetching: every entity round-trips through its global id, and anything else reads as null.</summary>
public sealed class NodeTests
{
    private const string NodeQuery = "query($id: ID!) { node(id: $id) { __typename id } }";
    private const string NodesQuery = "query($ids: [ID!]!) { nodes(ids: $ids) { __typename id } }";

    [Fact]
    public async Task Every_node_type_round_trips_its_global_id_through_node_and_nodes()
    {
        await using var api = HeadlessApiFactory.OnSqlite();
        var ids = await OneOfEachTypeAsync(api.Data);
        var client = api.CreateClient();

        foreach (var (type, id) in ids)
        {
            var node = (await client.QueryAsync(NodeQuery, new { id }))["node"];
            Assert.True(node is not null, $"node({type}) was null");
            Assert.Equal(type, node["__typename"]!.GetValue<string>());
            Assert.Equal(id, node["id"]!.GetValue<string>());
        }

        var nodes = (await client.QueryAsync(NodesQuery, new { ids = ids.Select(i => i.Id).ToArray() }))["nodes"]!.AsArray();
        Assert.Equal(ids.Select(i => i.Type), nodes.Select(n => n!["__typename"]!.GetValue<string>()));
        Assert.Equal(ids.Select(i => i.Id), nodes.Select(n => n!["id"]!.GetValue<string>()));
    }

    [Fact]
    public async Task A_node_is_the_entity_itself_with_its_own_fields()
    {
        await using var api = HeadlessApiFactory.OnSqlite();
        var ngo = await api.Data.NgoAsync("Refetched NGO");
        var campaign = await api.Data.CampaignAsync(ngo);

        var data = await api.CreateClient().QueryAsync(
            "query($a: ID!, $b: ID!) { a: node(id: $a) { ... on Ngo { name } } b: node(id: $b) { ... on Campaign { slug ngo { name } } } }",
            new { a = GlobalId.Encode("Ngo", ngo.Id), b = GlobalId.Encode("Campaign", campaign.Id) });

        Assert.Equal("Refetched NGO", data["a"]!["name"]!.GetValue<string>());
        Assert.Equal(campaign.Slug, data["b"]!["slug"]!.GetValue<string>());
        Assert.Equal("Refetched NGO", data["b"]!["ngo"]!["name"]!.GetValue<string>());
    }

    [Fact]
    public async Task Garbage_unknown_and_mistyped_ids_read_as_null_and_nodes_keeps_the_order()
    {
        await using var api = HeadlessApiFactory.OnSqlite();
        var ngo = await api.Data.NgoAsync();
        var campaign = await api.Data.CampaignAsync(ngo);
        string ngoId = GlobalId.Encode("Ngo", ngo.Id), campaignId = GlobalId.Encode("Campaign", campaign.Id);
        string[] nulls =
        [
            "garbage",
            "",
            new string('A', 5000),
            GlobalId.Encode("Campaign", Guid.NewGuid()),
            GlobalId.Encode("Campaign", ngo.Id),
            GlobalId.Encode("Unknown", ngo.Id),
            Base64Url.EncodeToString(Encoding.UTF8.GetBytes($"Ngo:{ngo.Id}")),
        ];
        var client = api.CreateClient();

        foreach (var id in nulls)
        {
            var result = await client.PostAsync(NodeQuery, new { id });
            Assert.True(result["errors"] is null && result["data"]!["node"] is null, $"node({id[..Math.Min(id.Length, 40)]}): {result.ToJsonString()}");
        }

        var nodes = (await client.QueryAsync(NodesQuery, new { ids = new[] { campaignId, nulls[0], ngoId, nulls[3], campaignId, nulls[4] } }))["nodes"]!.AsArray();
        Assert.Equal(
            new[] { "Campaign", null, "Ngo", null, "Campaign", null },
            nodes.Select(n => n?["__typename"]!.GetValue<string>()));
    }

    [Fact]
    public async Task More_ids_than_the_cap_are_refused_with_a_code()
    {
        await using var api = HeadlessApiFactory.OnSqlite();
        var ids = Enumerable.Range(0, 101).Select(_ => GlobalId.Encode("Ngo", Guid.NewGuid())).ToArray();

        var errors = GraphQLErrors.Of(await api.CreateClient().PostAsync(NodesQuery, new { ids }));

        Assert.Equal([NodeFields.TooManyIdsCode], errors.Codes());
    }

    private static async Task<List<(string Type, string Id)>> OneOfEachTypeAsync(TestData data)
    {
        var now = data.Now;
        var ngo = await data.NgoAsync();
        var account = await data.AccountAsync(ngo, AccountRole.Hub, xUserId: "1000000001");
        var campaign = await data.CampaignAsync(ngo.Id, CampaignSamples.Details(now.AddDays(-1), now.AddDays(9)), c =>
        {
            c.AddPhase(new PhaseDetails("Launch", now.AddDays(-1), now.AddDays(1), null));
            c.AddDonationLink(DonationPlatform.Paypal, "https://paypal.example.org/give", null);
            c.Publish(now.AddDays(-1));
        });
        var update = await data.UpdateAsync(campaign, "News", "Body.", now, now);
        var expense = await data.ExpenseAsync(campaign, "Food", "Meals", 10m, now);
        var tier = await data.TierAsync(campaign, new TierDetails("Tier", null, null, TierAmountType.Fixed, 10m, null, null, [], null, null, 0));
        var donation = await data.RecordDonationAsync(campaign, 10m, "Camille", now, tier);
        var session = await data.SessionAsync(ngo, [account]);
        var tweet = await data.RecordTweetAsync(TweetFactory.Data("1930000000000000001", account, "Hello", now), account, campaign, session);
        return
        [
            ("Ngo", GlobalId.Encode("Ngo", ngo.Id)),
            ("TwitterAccount", GlobalId.Encode("TwitterAccount", account.Id)),
            ("Campaign", GlobalId.Encode("Campaign", campaign.Id)),
            ("CampaignPhase", GlobalId.Encode("CampaignPhase", campaign.Phases[0].Id)),
            ("DonationLink", GlobalId.Encode("DonationLink", campaign.DonationLinks[0].Id)),
            ("ProgressUpdate", GlobalId.Encode("ProgressUpdate", update.Id)),
            ("ExpenseLine", GlobalId.Encode("ExpenseLine", expense.Id)),
            ("DonationTier", GlobalId.Encode("DonationTier", tier.Id)),
            ("Donation", GlobalId.Encode("Donation", donation.Id)),
            ("LiveSession", GlobalId.Encode("LiveSession", session.Id)),
            ("Tweet", GlobalId.Encode("Tweet", tweet.Id)),
        ];
    }
}
