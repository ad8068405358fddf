using Headless.Api.Tests.Campaigns;
using Headless.Api.Tests.Infrastructure;
using Headless.Domain.Accounts;
using Headless.Domain.Tweets;
using Headless.GraphQL.Relay;

namespace Headless.Api.Tests.Accounts;

/// <summary>Walking an NGO's staircase of accounts, up and down, and filtering it.</summary>
public sealed class AccountStaircaseTests
{
    [Fact]
    public async Task From_any_account_parent_and_hub_lead_up_the_staircase()
    {
        await using var api = HeadlessApiFactory.OnSqlite();
        var ngo = await api.Data.NgoAsync();
        var hub = await api.Data.AccountAsync(ngo, new AccountDetails("StairHub", "Hub", AccountRole.Hub));
        var region = await api.Data.AccountAsync(ngo, new AccountDetails("StairRegion", "Region", AccountRole.Regional), hub);
        var local = await api.Data.AccountAsync(ngo, new AccountDetails("StairLocal", "Local", AccountRole.Local), region);

        var data = await api.CreateClient().QueryAsync(
            """
            query($local: ID!, $hub: ID!) {
              local: node(id: $local) { ... on TwitterAccount { parent { handle parent { handle parent { handle } } } hub { handle } ngo { slug } } }
              hub: node(id: $hub) { ... on TwitterAccount { parent { handle } hub { handle } children { totalCount nodes { handle } } } }
            }
            """,
            new { local = GlobalId.Encode("TwitterAccount", local.Id), hub = GlobalId.Encode("TwitterAccount", hub.Id) });

        Assert.Equal("StairRegion", data["local"]!["parent"]!["handle"]!.GetValue<string>());
        Assert.Equal("StairHub", data["local"]!["parent"]!["parent"]!["handle"]!.GetValue<string>());
        Assert.Null(data["local"]!["parent"]!["parent"]!["parent"]);
        Assert.Equal("StairHub", data["local"]!["hub"]!["handle"]!.GetValue<string>());
        Assert.Equal(ngo.Slug, data["local"]!["ngo"]!["slug"]!.GetValue<string>());
        Assert.Null(data["hub"]!["parent"]);
        Assert.Equal("StairHub", data["hub"]!["hub"]!["handle"]!.GetValue<string>());
        Assert.Equal(["StairRegion"], CampaignPageAssertions.Strings(data["hub"]!["children"]!["nodes"], "handle"));
    }

    [Theory]
    [InlineData("{ roles: [REGIONAL, LOCAL] }", new[] { "North", "NorthLille" })]
    [InlineData("{ region: \"  NORTH \" }", new[] { "North" })]
    [InlineData("{ rootsOnly: true }", new[] { "Hub", "Loner" })]
    [InlineData("{ roles: [AMBASSADOR] }", new string[0])]
    public async Task The_accounts_of_an_NGO_filter_by_role_region_and_root(string filter, string[] handles)
    {
        await using var api = HeadlessApiFactory.OnSqlite();
        var ngo = await api.Data.NgoAsync();
        var hub = await api.Data.AccountAsync(ngo, new AccountDetails("Hub", "Hub", AccountRole.Hub, "France"));
        var north = await api.Data.AccountAsync(ngo, new AccountDetails("North", "North", AccountRole.Regional, "North"), hub);
        await api.Data.AccountAsync(ngo, new AccountDetails("NorthLille", "Lille", AccountRole.Local, "Lille"), north);
        await api.Data.AccountAsync(ngo, new AccountDetails("Loner", "Staff", AccountRole.Staff));

        var accounts = (await api.CreateClient().QueryAsync(
            $"query($ngo: String!) {{ ngo(slug: $ngo) {{ accounts(filter: {filter}) {{ totalCount nodes {{ handle }} }} }} }}",
            new { ngo = ngo.Slug }))["ngo"]!["accounts"]!;

        Assert.Equal(handles, CampaignPageAssertions.Strings(accounts["nodes"], "handle"));
        Assert.Equal(handles.Length, accounts["totalCount"]!.GetValue<int>());
    }

    [Fact]
    public async Task Only_the_hub_retweeting_an_original_counts_as_amplification_and_each_original_once()
    {
        await using var api = HeadlessApiFactory.OnSqlite();
        var now = api.Data.Now;
        var ngo = await api.Data.NgoAsync();
        var hub = await api.Data.AccountAsync(ngo, new AccountDetails("AmpHub", "Hub", AccountRole.Hub, null, "1000000001"));
        var child = await api.Data.AccountAsync(ngo, new AccountDetails("AmpChild", "Child", AccountRole.Regional, null, "1000000002"), hub);
        var sibling = await api.Data.AccountAsync(ngo, new AccountDetails("AmpSibling", "Sibling", AccountRole.Regional, null, "1000000003"), hub);
        var first = await api.Data.RecordTweetAsync(TweetFactory.Data("1970000000000000001", child, "One", now.AddHours(-5)), child);
        var second = await api.Data.RecordTweetAsync(TweetFactory.Data("1970000000000000002", child, "Two", now.AddHours(-4)), child);
        await api.Data.RecordTweetAsync(TweetFactory.Data("1970000000000000003", child, "Three", now.AddHours(-4)), child);
        await api.Data.RecordTweetAsync(TweetFactory.Data("1970000000000000004", child, "A reply", now.AddHours(-4), TweetKind.Reply, first), child);
        await api.Data.RecordTweetAsync(TweetFactory.Data("1970000000000000005", hub, "RT One", now.AddHours(-3), TweetKind.Retweet, first), hub);
        await api.Data.RecordTweetAsync(TweetFactory.Data("1970000000000000006", hub, "RT One again", now.AddHours(-2), TweetKind.Retweet, first), hub);
        await api.Data.RecordTweetAsync(TweetFactory.Data("1970000000000000007", sibling, "RT Two", now.AddHours(-1), TweetKind.Retweet, second), sibling);
        await api.Data.RecordTweetAsync(TweetFactory.Data("1970000000000000008", null, "RT Two by the public", now, TweetKind.Retweet, second));

        var stats = (await api.CreateClient().QueryAsync(
            "query($id: ID!) { node(id: $id) { ... on TwitterAccount { amplification { tweetCount originalCount amplifiedByHubCount amplificationRate retweetsOfOthersCount } } } }",
            new { id = GlobalId.Encode("TwitterAccount", child.Id) }))["node"]!["amplification"]!;

        Assert.Equal(4, stats["tweetCount"]!.GetValue<int>());
        Assert.Equal(3, stats["originalCount"]!.GetValue<int>());
        Assert.Equal(1, stats["amplifiedByHubCount"]!.GetValue<int>());
        Assert.Equal("33.33", stats["amplificationRate"]!.GetValue<string>());
        Assert.Equal(0, stats["retweetsOfOthersCount"]!.GetValue<int>());
    }
}
