using System.Text.Json.Nodes;
using Headless.Api.Tests.Infrastructure;
using Headless.Domain.Accounts;
using Headless.GraphQL.Relay;
using Headless.Realtime.Tests.Support;
using Headless.Schema.Realtime;

namespace Headless.Realtime.Tests.Tweets;

public sealed class TweetDeliveryTests
{
    private const string SessionFeed = """
        subscription($id: ID!) {
          tweetReceived(liveSessionId: $id) {
            id xId text kind authorXId authorHandle authorName createdAt language hashtags conversationXId
            metrics { retweetCount replyCount likeCount quoteCount impressionCount }
          }
        }
        """;

    private const string SessionTweets = """
        query($ngo: String!, $slug: String!) {
          liveSession(ngoSlug: $ngo, slug: $slug) { tweets { totalCount nodes { id xId } } }
        }
        """;

    [Fact]
    public async Task An_ingested_tweet_is_stored_in_its_session_and_delivered_to_the_session_subscribers_only()
    {
        var tweets = new ChannelTweetSource();
        await using var api = RealtimeApi.Start(new() { Tweets = tweets });
        var data = api.Data;
        var ngo = await data.NgoAsync();
        var reporter = await data.AccountAsync(ngo, AccountRole.Regional);
        var session = await data.SessionAsync(ngo, [reporter]);
        var otherSession = await data.SessionAsync(ngo, [reporter]);
        await using var follower = await GraphQLSocket.ConnectAsync(api.WebSocketAddress);
        await using var otherFollower = await GraphQLSocket.ConnectAsync(api.WebSocketAddress);
        await follower.SubscribeAsync("feed", SessionFeed, new { id = GlobalId.Encode("LiveSession", session.Id) });
        await otherFollower.SubscribeAsync("feed", SessionFeed, new { id = GlobalId.Encode("LiveSession", otherSession.Id) });
        await api.ListenersAsync(Topics.Tweets, 2);

        var createdAt = data.Now.AddMinutes(-1);
        var message = StreamMessages.Tagged(session.Hashtags[0].Text, createdAt);
        await tweets.EmitAsync(message);
        var delivered = (await follower.NextDataAsync("feed"))["tweetReceived"]!;

        Assert.Equal(message.Data!.Id, delivered["xId"]!.GetValue<string>());
        Assert.Equal(message.Data.Text, delivered["text"]!.GetValue<string>());
        Assert.Equal("ORIGINAL", delivered["kind"]!.GetValue<string>());
        Assert.Equal("3000000042", delivered["authorXId"]!.GetValue<string>());
        Assert.Equal("aminata_d", delivered["authorHandle"]!.GetValue<string>());
        Assert.Equal("Aminata Diallo", delivered["authorName"]!.GetValue<string>());
        Assert.Equal(createdAt, delivered["createdAt"]!.GetValue<DateTime>().ToUniversalTime());
        Assert.Equal("en", delivered["language"]!.GetValue<string>());
        Assert.Equal([session.Hashtags[0].Text.ToLowerInvariant()], delivered["hashtags"]!.AsArray().Select(h => h!.GetValue<string>()));
        Assert.Equal(message.Data.Id, delivered["conversationXId"]!.GetValue<string>());
        Assert.Equal("""{"retweetCount":3,"replyCount":1,"likeCount":12,"quoteCount":0,"impressionCount":480}""", delivered["metrics"]!.ToJsonString());

        var stored = (await api.Http.QueryAsync(SessionTweets, new { ngo = ngo.Slug, slug = session.Slug }))["liveSession"]!["tweets"]!;
        Assert.Equal(1, stored["totalCount"]!.GetValue<int>());
        Assert.Equal(delivered["id"]!.GetValue<string>(), stored["nodes"]![0]!["id"]!.GetValue<string>());

        // The other session's first delivery is its own tweet: the first one never reached it.
        var sentinel = StreamMessages.Tagged(otherSession.Hashtags[0].Text, createdAt);
        await tweets.EmitAsync(sentinel);
        var otherDelivered = (await otherFollower.NextDataAsync("feed"))["tweetReceived"]!;
        Assert.Equal(sentinel.Data!.Id, otherDelivered["xId"]!.GetValue<string>());
    }
}
