using Headless.Api.Tests.Infrastructure;
using Headless.Domain.Accounts;
using Headless.Domain.LiveSessions;
using Headless.GraphQL.Relay;
using Headless.GraphQL.Server.Tests.Infrastructure;
using Headless.Realtime.Tests.Support;
using Headless.Schema.Realtime;

namespace Headless.Realtime.Tests.Tweets;

/// <summary>
/// The demo path without X credentials: the replay of a recorded file. Its first line plays at once,
/// the next ones as the host's clock moves on, so the test decides when each tweet arrives.
/// </summary>
public sealed class ReplayDeliveryTests
{
    private const string SessionFeed = "subscription($id: ID!) { tweetReceived(liveSessionId: $id) { xId text createdAt } }";

    private static readonly TimeSpan Interval = TimeSpan.FromSeconds(1);

    [Fact]
    public async Task Replayed_tweets_reach_the_subscribers_of_the_session_they_are_tagged_for()
    {
        var sessionTag = TestData.Unique("replay");
        var otherTag = TestData.Unique("replay");
        var recordedAt = new DateTime(2025, 10, 3, 9, 0, 0, DateTimeKind.Utc);
        var otherLine = StreamMessages.Tagged(otherTag, recordedAt, text: "Elsewhere");
        var sessionLine = StreamMessages.Tagged(sessionTag, recordedAt.AddMinutes(1), text: "Water trucks arrived");
        using var file = await ReplayFile.WriteAsync(otherLine, sessionLine);
        await using var api = RealtimeApi.Start(new()
        {
            Settings = new Dictionary<string, string?>
            {
                ["Ingestion:Enabled"] = "true",
                ["X:ReplayFile"] = file.Path,
                ["X:ReplayTweetsPerMinute"] = "60",
            },
        });

        // The first line plays at start, before any session exists: it is stored, matched to nothing.
        await Eventually.TrueAsync(() => StoredTweets.All(api) == 1, "the first replayed line stored");
        var ngo = await api.Data.NgoAsync();
        var reporter = await api.Data.AccountAsync(ngo, AccountRole.Local);
        var session = await SessionAsync(api, ngo, reporter, sessionTag);
        var otherSession = await SessionAsync(api, ngo, reporter, otherTag);
        await using var follower = await GraphQLSocket.ConnectAsync(api.WebSocketAddress);
        await using var otherFollower = await GraphQLSocket.ConnectAsync(api.WebSocketAddress);
        await follower.SubscribeAsync("feed", SessionFeed, new { id = GlobalId.Encode("LiveSession", session.Id) });
        await otherFollower.SubscribeAsync("feed", SessionFeed, new { id = GlobalId.Encode("LiveSession", otherSession.Id) });
        await api.ListenersAsync(Topics.Tweets, 2);

        api.Clock.Advance(Interval);
        var delivered = (await follower.NextDataAsync("feed"))["tweetReceived"]!;

        Assert.Equal(sessionLine.Data!.Text, delivered["text"]!.GetValue<string>());
        // Replayed with a fresh id and the time it was played at, so it looks live.
        Assert.NotEqual(sessionLine.Data.Id, delivered["xId"]!.GetValue<string>());
        Assert.Equal(api.Clock.GetUtcNow().UtcDateTime, delivered["createdAt"]!.GetValue<DateTime>().ToUniversalTime());

        // The second pass starts over: the other session's first delivery is its own line.
        api.Clock.Advance(Interval);
        var otherDelivered = (await otherFollower.NextDataAsync("feed"))["tweetReceived"]!;
        Assert.Equal(otherLine.Data!.Text, otherDelivered["text"]!.GetValue<string>());
    }

    private static async Task<LiveSession> SessionAsync(RealtimeApi api, Headless.Domain.Ngos.Ngo ngo, TwitterAccount reporter, string hashtag)
    {
        var data = api.Data;
        var details = new LiveSessionDetails(TestData.Unique("s-"), "Flood response", null, [hashtag], "Maputo, Mozambique", -25.9692, 32.5732, data.Now.AddHours(-1));
        return await data.LiveSessionAsync(ngo, details, [reporter], startedAt: data.Now.AddHours(-1));
    }
}
