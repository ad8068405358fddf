using Headless.Api.Tests.Infrastructure;
using Headless.Domain.Accounts;
using Headless.Domain.Members;
using Headless.GraphQL.Relay;
using Headless.Realtime.Tests.Support;
using Headless.Schema.Realtime;
using Headless.Testing;
using static Headless.Realtime.Tests.Support.CampaignOperations;

namespace Headless.Realtime.Tests.ScaleOut;

/// <summary>
/// Production's shape: several API nodes on one database, exactly one ingesting, events shared
/// through Redis, so a subscriber sees every change wherever it connected.
/// </summary>
[Collection(SharedPostgres.Name)]
public sealed class TwoNodeTests(PostgresServer postgres)
{
    private const string SessionFeed = "subscription($id: ID!) { tweetReceived(liveSessionId: $id) { xId text } }";

    [PostgresAndRedisFact]
    public async Task Tweets_ingested_on_one_node_and_donations_recorded_on_another_reach_subscribers_of_both()
    {
        await using var redis = new RedisServer();
        await redis.StartAsync();
        var database = await postgres.CreateDatabaseAsync();
        var channelPrefix = $"test-{Guid.NewGuid():N}:";
        var tweets = new ChannelTweetSource();
        await using var ingesting = RealtimeApi.Start(new()
        {
            ConnectionString = database, Tweets = tweets, RedisConnectionString = redis.ConnectionString, RedisChannelPrefix = channelPrefix,
        });
        await using var serving = RealtimeApi.Start(new()
        {
            ConnectionString = database, RedisConnectionString = redis.ConnectionString, RedisChannelPrefix = channelPrefix,
        });
        var data = ingesting.Data;
        var ngo = await data.NgoAsync();
        var reporter = await data.AccountAsync(ngo, AccountRole.Regional);
        var session = await data.SessionAsync(ngo, [reporter]);
        var campaign = await data.CampaignAsync(ngo);

        await using var feedOnServing = await GraphQLSocket.ConnectAsync(serving.WebSocketAddress);
        await feedOnServing.SubscribeAsync("feed", SessionFeed, new { id = GlobalId.Encode("LiveSession", session.Id) });
        await serving.ListenersAsync(Topics.Tweets);
        var tweet = StreamMessages.Tagged(session.Hashtags[0].Text, data.Now.AddMinutes(-1));
        await tweets.EmitAsync(tweet);

        var delivered = (await feedOnServing.NextDataAsync("feed"))["tweetReceived"]!;
        Assert.Equal(tweet.Data!.Id, delivered["xId"]!.GetValue<string>());
        Assert.Equal(tweet.Data.Text, delivered["text"]!.GetValue<string>());

        await using var progressOnIngesting = await GraphQLSocket.ConnectAsync(ingesting.WebSocketAddress);
        await progressOnIngesting.SubscribeAsync("progress", ProgressFeed, new { id = Id(campaign.Id) });
        await ingesting.ListenersAsync(Topics.CampaignProgress(campaign.Id));
        var admin = serving.ClientWithToken(await serving.AccessTokenAsync(ngo.Id, MemberRole.Admin));
        await admin.RecordDonationAsync(campaign.Id, "12.34", TestData.Unique("ref-"), data.Now.AddMinutes(-1));

        var progress = (await progressOnIngesting.NextDataAsync("progress"))["campaignProgressChanged"]!["progress"]!;
        Assert.Equal("12.34", progress["raised"]!["amount"]!.GetValue<string>());
        Assert.Equal(1, progress["donorCount"]!.GetValue<int>());
        Assert.Equal("1.23", progress["percentage"]!.GetValue<string>());
    }
}
