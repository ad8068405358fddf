using Headless.Api.Tests.Infrastructure;
using Headless.GraphQL.Server.Tests.Infrastructure;
using Headless.Realtime.Tests.Support;
using Headless.Schema.Realtime;
using Headless.Testing;
using Headless.Twitter.Payloads;

namespace Headless.Realtime.Tests.Ingestion;

/// <summary>A restarted node reads again what it had already read: nothing is stored or announced twice.</summary>
[Collection(SharedPostgres.Name)]
public sealed class RestartTests(PostgresServer postgres)
{
    [PostgresFact]
    public async Task A_node_restarted_on_the_same_database_stores_and_announces_an_already_read_tweet_nothing_twice()
    {
        var database = await postgres.CreateDatabaseAsync();
        var (hashtag, sessionId, tweet) = await IngestOnceAsync(database);

        var tweets = new ChannelTweetSource();
        await using var restarted = RealtimeApi.Start(new() { ConnectionString = database, Tweets = tweets });
        await using var follower = await SessionFeed.FollowAsync(restarted, sessionId);
        await restarted.ListenersAsync(Topics.Tweets);
        var later = StreamMessages.Tagged(hashtag, restarted.Data.Now.AddMinutes(-1));
        await tweets.EmitAsync(tweet);
        await tweets.EmitAsync(later);

        Assert.Equal(later.Data!.Id, await follower.NextXIdAsync());
        Assert.Equal(1, StoredTweets.WithXId(restarted, tweet.Data!.Id));
        Assert.Equal(2, StoredTweets.All(restarted));
    }

    /// <summary>The node before the restart: it creates the session and stores one of its tweets.</summary>
    private static async Task<(string Hashtag, Guid SessionId, XStreamMessage Tweet)> IngestOnceAsync(string database)
    {
        var tweets = new ChannelTweetSource();
        await using var api = RealtimeApi.Start(new() { ConnectionString = database, Tweets = tweets });
        var (hashtag, sessionId) = await SessionFeed.CreateAsync(api);
        var tweet = StreamMessages.Tagged(hashtag, api.Data.Now.AddMinutes(-2));
        await tweets.EmitAsync(tweet);
        await Eventually.TrueAsync(() => StoredTweets.WithXId(api, tweet.Data!.Id) == 1, "the tweet stored before the restart");
        return (hashtag, sessionId, tweet);
    }
}
