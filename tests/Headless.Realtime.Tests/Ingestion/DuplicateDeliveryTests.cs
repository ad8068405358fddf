using Headless.Realtime.Tests.Support;
using Headless.Schema.Realtime;

namespace Headless.Realtime.Tests.Ingestion;

/// <summary>
/// X may deliver a tweet twice: it is stored once and announced once. A later tweet, emitted after
/// the duplicates, proves that nothing more was announced in between.
/// </summary>
public sealed class DuplicateDeliveryTests
{
    [Fact]
    public async Task A_tweet_the_source_delivers_again_is_stored_and_announced_once()
    {
        var tweets = new ChannelTweetSource();
        await using var api = RealtimeApi.Start(new() { Tweets = tweets });
        var (hashtag, sessionId) = await SessionFeed.CreateAsync(api);
        await using var follower = await SessionFeed.FollowAsync(api, sessionId);
        await api.ListenersAsync(Topics.Tweets);
        var tweet = StreamMessages.Tagged(hashtag, api.Data.Now.AddMinutes(-2));
        var later = StreamMessages.Tagged(hashtag, api.Data.Now.AddMinutes(-1));

        // Twice in one batch, then once more in a batch of its own.
        await tweets.EmitAsync(tweet, tweet);
        Assert.Equal(tweet.Data!.Id, await follower.NextXIdAsync());
        await tweets.EmitAsync(tweet);
        await tweets.EmitAsync(later);

        Assert.Equal(later.Data!.Id, await follower.NextXIdAsync());
        Assert.Equal(1, StoredTweets.WithXId(api, tweet.Data.Id));
        Assert.Equal(2, StoredTweets.All(api));
    }
}
