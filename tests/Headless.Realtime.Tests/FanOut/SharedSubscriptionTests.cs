using Headless.Domain.Accounts;
using Headless.GraphQL.Relay;
using Headless.GraphQL.Server.Tests.Infrastructure;
using Headless.Realtime.Tests.Support;
using Headless.Schema.Realtime;

namespace Headless.Realtime.Tests.FanOut;

/// <summary>
/// Dashboards following the same feed share one GraphQL execution (one database read and one
/// serialisation per tweet); a different operation, here other tweet kinds, gets its own.
/// </summary>
public sealed class SharedSubscriptionTests
{
    private const string KindFeed = "subscription($id: ID!, $kinds: [TweetKind!]) { tweetReceived(liveSessionId: $id, kinds: $kinds) { xId } }";

    [Fact]
    public async Task Identical_anonymous_subscriptions_share_one_execution_and_each_receives_every_tweet()
    {
        var tweets = new ChannelTweetSource();
        await using var api = RealtimeApi.Start(new() { Tweets = tweets });
        var (hashtag, sessionId) = await SessionAsync(api);
        var variables = new { id = GlobalId.Encode("LiveSession", sessionId), kinds = (string[]?)null };
        var followers = new List<GraphQLSocket>();
        try
        {
            for (var i = 0; i < 20; i++)
            {
                var follower = await GraphQLSocket.ConnectAsync(api.WebSocketAddress);
                followers.Add(follower);
                await follower.SubscribeAsync("feed", KindFeed, variables);
            }

            await Eventually.TrueAsync(() => api.Multiplexer.ActiveSubscribers == 20, "20 subscribers attached");
            await api.ListenersAsync(Topics.Tweets);
            var sent = Enumerable.Range(1, 3).Select(i => StreamMessages.Tagged(hashtag, api.Data.Now.AddMinutes(i - 10))).ToList();
            foreach (var tweet in sent)
            {
                await tweets.EmitAsync(tweet);
            }

            foreach (var follower in followers)
            {
                Assert.Equal(sent.Select(t => t.Data!.Id), await XIdsAsync(follower, sent.Count));
            }

            Assert.Equal(1, api.Multiplexer.ExecutionsStarted);
            Assert.Equal(1, api.Multiplexer.ActiveExecutions);
            Assert.Equal(1, api.LocalEvents.SubscriberCount(Topics.Tweets));
            Assert.Equal(sent.Count, api.Multiplexer.EventsSerialized);
            Assert.Equal(20 * sent.Count, api.Multiplexer.MessagesDelivered);
        }
        finally
        {
            foreach (var follower in followers)
            {
                await follower.DisposeAsync();
            }
        }
    }

    [Fact]
    public async Task Subscriptions_asking_for_different_kinds_get_an_execution_each_and_only_their_kinds()
    {
        var tweets = new ChannelTweetSource();
        await using var api = RealtimeApi.Start(new() { Tweets = tweets });
        var (hashtag, sessionId) = await SessionAsync(api);
        string[][] kindSets = [["ORIGINAL"], ["RETWEET"], ["ORIGINAL", "RETWEET"], ["RETWEET", "ORIGINAL"], ["ORIGINAL", "REPLY"]];
        var followers = new List<GraphQLSocket>();
        try
        {
            foreach (var kinds in kindSets)
            {
                var follower = await GraphQLSocket.ConnectAsync(api.WebSocketAddress);
                followers.Add(follower);
                await follower.SubscribeAsync("feed", KindFeed, new { id = GlobalId.Encode("LiveSession", sessionId), kinds });
            }

            await api.ListenersAsync(Topics.Tweets, kindSets.Length);
            var original = StreamMessages.Tagged(hashtag, api.Data.Now.AddMinutes(-3));
            var retweet = StreamMessages.RetweetOf(original, hashtag, api.Data.Now.AddMinutes(-2));
            var laterOriginal = StreamMessages.Tagged(hashtag, api.Data.Now.AddMinutes(-1));
            foreach (var tweet in new[] { original, retweet, laterOriginal })
            {
                await tweets.EmitAsync(tweet);
            }

            Assert.Equal(kindSets.Length, api.Multiplexer.ExecutionsStarted);
            Assert.Equal(kindSets.Length, api.Multiplexer.ActiveExecutions);
            string[] originals = [original.Data!.Id, laterOriginal.Data!.Id];
            string[] all = [original.Data.Id, retweet.Data!.Id, laterOriginal.Data.Id];
            Assert.Equal(originals, await XIdsAsync(followers[0], 2));
            Assert.Equal([retweet.Data.Id], await XIdsAsync(followers[1], 1));
            Assert.Equal(all, await XIdsAsync(followers[2], 3));
            Assert.Equal(all, await XIdsAsync(followers[3], 3));
            Assert.Equal(originals, await XIdsAsync(followers[4], 2));
        }
        finally
        {
            foreach (var follower in followers)
            {
                await follower.DisposeAsync();
            }
        }
    }

    /// <summary>The next <paramref name="count"/> tweets delivered to <paramref name="follower"/>, in order.</summary>
    private static async Task<IReadOnlyList<string>> XIdsAsync(GraphQLSocket follower, int count)
    {
        var ids = new List<string>();
        for (var i = 0; i < count; i++)
        {
            ids.Add((await follower.NextDataAsync("feed"))["tweetReceived"]!["xId"]!.GetValue<string>());
        }

        return ids;
    }

    private static async Task<(string Hashtag, Guid SessionId)> SessionAsync(RealtimeApi api)
    {
        var ngo = await api.Data.NgoAsync();
        var reporter = await api.Data.AccountAsync(ngo, AccountRole.Regional);
        var session = await api.Data.SessionAsync(ngo, [reporter]);
        return (session.Hashtags[0].Text, session.Id);
    }
}
