using Headless.Api.Tests.Campaigns;
using Headless.Api.Tests.Infrastructure;
using Headless.Domain.Accounts;
using Headless.Domain.Tweets;

namespace Headless.Api.Tests.Tweets;

/// <summary>Tweet feeds are newest first whatever the arrival order, and narrow by kind and time.</summary>
public sealed class TweetFeedTests
{
    private const string CampaignFeed = """
        query($ngo: String!, $slug: String!, $filter: TweetFilter) {
          campaign(ngoSlug: $ngo, slug: $slug) { tweets(filter: $filter) { totalCount nodes { xId kind createdAt } } }
        }
        """;

    [Fact]
    public async Task A_campaign_feed_is_newest_first_whatever_the_arrival_order_and_narrows_by_kind_and_time()
    {
        await using var api = HeadlessApiFactory.OnSqlite();
        var now = api.Data.Now;
        var ngo = await api.Data.NgoAsync();
        var campaign = await api.Data.CampaignAsync(ngo);
        var original = await api.Data.RecordTweetAsync(TweetFactory.Data("1950000000000000003", null, "Original", now.AddHours(-3)), campaign: campaign);
        await api.Data.RecordTweetAsync(TweetFactory.Data("1950000000000000001", null, "Latest reply", now.AddMinutes(-5), TweetKind.Reply, original), campaign: campaign);
        await api.Data.RecordTweetAsync(TweetFactory.Data("1950000000000000004", null, "Quote", now.AddHours(-1), TweetKind.Quote, original), campaign: campaign);
        await api.Data.RecordTweetAsync(TweetFactory.Data("1950000000000000002", null, "RT", now.AddHours(-2), TweetKind.Retweet, original), campaign: campaign);
        await api.Data.RecordTweetAsync(TweetFactory.Data("1950000000000000009", null, "Not this campaign's", now));
        var client = api.CreateClient();

        var all = (await client.QueryAsync(CampaignFeed, new { ngo = ngo.Slug, slug = campaign.Slug }))["campaign"]!["tweets"]!;
        var shares = (await client.QueryAsync(CampaignFeed, new { ngo = ngo.Slug, slug = campaign.Slug, filter = new { kinds = new[] { "RETWEET", "QUOTE" } } }))["campaign"]!["tweets"]!;
        var recent = (await client.QueryAsync(CampaignFeed, new { ngo = ngo.Slug, slug = campaign.Slug, filter = new { since = now.AddHours(-2) } }))["campaign"]!["tweets"]!;

        Assert.Equal(["1950000000000000001", "1950000000000000004", "1950000000000000002", "1950000000000000003"], CampaignPageAssertions.Strings(all["nodes"], "xId"));
        Assert.Equal(["QUOTE", "RETWEET"], CampaignPageAssertions.Strings(shares["nodes"], "kind"));
        Assert.Equal(2, shares["totalCount"]!.GetValue<int>());
        Assert.Equal(["1950000000000000001", "1950000000000000004", "1950000000000000002"], CampaignPageAssertions.Strings(recent["nodes"], "xId"));
    }

    [Fact]
    public async Task Account_and_NGO_feeds_hold_only_their_own_accounts_tweets()
    {
        await using var api = HeadlessApiFactory.OnSqlite();
        var now = api.Data.Now;
        var ngo = await api.Data.NgoAsync();
        var other = await api.Data.NgoAsync();
        var hub = await api.Data.AccountAsync(ngo, new AccountDetails("FeedHub", "Hub", AccountRole.Hub, null, "1000000001"));
        var local = await api.Data.AccountAsync(ngo, new AccountDetails("FeedLocal", "Local", AccountRole.Local, null, "1000000002"), hub);
        var stranger = await api.Data.AccountAsync(other, new AccountDetails("OtherHub", "Other", AccountRole.Hub, null, "1000000003"));
        await api.Data.RecordTweetAsync(TweetFactory.Data("1960000000000000001", hub, "Hub", now.AddHours(-3)), hub);
        await api.Data.RecordTweetAsync(TweetFactory.Data("1960000000000000002", local, "Local", now.AddHours(-2)), local);
        await api.Data.RecordTweetAsync(TweetFactory.Data("1960000000000000003", stranger, "Other NGO", now.AddHours(-1)), stranger);
        await api.Data.RecordTweetAsync(TweetFactory.Data("1960000000000000004", null, "Public", now));

        var ngoData = (await api.CreateClient().QueryAsync(
            """
            query($ngo: String!) {
              ngo(slug: $ngo) {
                tweets { nodes { xId account { handle } } }
                hub { tweets { nodes { xId } } }
              }
            }
            """,
            new { ngo = ngo.Slug }))["ngo"]!;

        Assert.Equal(["1960000000000000002", "1960000000000000001"], CampaignPageAssertions.Strings(ngoData["tweets"]!["nodes"], "xId"));
        Assert.Equal(["FeedLocal", "FeedHub"], CampaignPageAssertions.Strings(ngoData["tweets"]!["nodes"], "account", "handle"));
        Assert.Equal(["1960000000000000001"], CampaignPageAssertions.Strings(ngoData["hub"]!["tweets"]!["nodes"], "xId"));
    }
}
