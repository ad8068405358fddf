using Headless.Domain.LiveSessions;
using Headless.Domain.Tweets;
using Headless.Domain.Tests.LiveSessions;
using Headless.Domain.Tests.Support;

namespace Headless.Domain.Tests.Tweets;

public sealed class TweetSessionMatcherTests
{
    private static LiveSession LiveSession(Guid ngoId, DateTime startedAt, DateTime? endedAt = null)
    {
        var session = LiveSessionSamples.Create(ngoId);
        session.Start(startedAt);
        if (endedAt is { } end)
        {
            session.End(end);
        }

        return session;
    }

    [Theory]
    [InlineData("#ManilaLive")]
    [InlineData("manilalive")]
    public void A_live_session_matches_its_hashtag(string hashtag)
    {
        var session = LiveSession(Guid.NewGuid(), Utc.March(10, 9));

        Assert.True(TweetMatcher.Matches(session, TweetSamples.Data(createdAt: Utc.March(10, 10), hashtags: [hashtag]), null));
    }

    [Fact]
    public void A_tweet_without_the_hashtag_from_a_stranger_does_not_match()
    {
        var session = LiveSession(Guid.NewGuid(), Utc.March(10, 9));

        Assert.False(TweetMatcher.Matches(session, TweetSamples.Data(createdAt: Utc.March(10, 10), hashtags: ["PerfectGift"]), null));
    }

    [Theory]
    [InlineData(-1, false)]
    [InlineData(0, true)]
    public void The_live_window_opens_when_the_session_starts(long ticksFromStart, bool expected)
    {
        var session = LiveSession(Guid.NewGuid(), Utc.March(10, 11));
        var data = TweetSamples.Data(createdAt: Utc.March(10, 11).AddTicks(ticksFromStart), hashtags: ["ManilaLive"]);

        Assert.Equal(expected, TweetMatcher.Matches(session, data, null));
    }

    [Theory]
    [InlineData(0, true)]
    [InlineData(1, false)]
    public void The_live_window_closes_after_the_session_ends(long ticksFromEnd, bool expected)
    {
        var session = LiveSession(Guid.NewGuid(), Utc.March(10, 9), Utc.March(10, 17));
        var data = TweetSamples.Data(createdAt: Utc.March(10, 17).AddTicks(ticksFromEnd), hashtags: ["ManilaLive"]);

        Assert.Equal(expected, TweetMatcher.Matches(session, data, null));
    }

    [Theory]
    [InlineData(-1, false)]
    [InlineData(0, true)]
    public void A_session_not_started_yet_opens_at_its_scheduled_time(long ticksFromScheduledStart, bool expected)
    {
        var session = LiveSessionSamples.Create();
        var data = TweetSamples.Data(createdAt: LiveSessionSamples.ScheduledStart.AddTicks(ticksFromScheduledStart), hashtags: ["ManilaLive"]);

        Assert.Equal(expected, TweetMatcher.Matches(session, data, null));
    }

    [Fact]
    public void A_reporter_original_tweet_matches_without_the_hashtag()
    {
        var ngoId = Guid.NewGuid();
        var reporter = LiveSessionSamples.Reporter(ngoId, "Maria");
        var session = LiveSession(ngoId, Utc.March(10, 9));
        session.SetAccounts([reporter]);

        Assert.True(TweetMatcher.Matches(session, TweetSamples.Data(createdAt: Utc.March(10, 10), hashtags: []), reporter.Id));
    }

    [Theory]
    [InlineData(TweetKind.Retweet)]
    [InlineData(TweetKind.Reply)]
    [InlineData(TweetKind.Quote)]
    public void A_reporter_engagement_without_the_hashtag_does_not_match(TweetKind kind)
    {
        var ngoId = Guid.NewGuid();
        var reporter = LiveSessionSamples.Reporter(ngoId, "Maria");
        var session = LiveSession(ngoId, Utc.March(10, 9));
        session.SetAccounts([reporter]);

        Assert.False(TweetMatcher.Matches(session, TweetSamples.Data(createdAt: Utc.March(10, 10), hashtags: [], kind: kind), reporter.Id));
    }

    [Fact]
    public void An_ngo_account_that_does_not_report_the_session_needs_the_hashtag()
    {
        var ngoId = Guid.NewGuid();
        var reporter = LiveSessionSamples.Reporter(ngoId, "Maria");
        var bystander = LiveSessionSamples.Reporter(ngoId, "PlanGlobal");
        var session = LiveSession(ngoId, Utc.March(10, 9));
        session.SetAccounts([reporter]);

        Assert.False(TweetMatcher.Matches(session, TweetSamples.Data(createdAt: Utc.March(10, 10), hashtags: []), bystander.Id));
    }

    [Fact]
    public void A_reporter_outside_the_live_window_does_not_match()
    {
        var ngoId = Guid.NewGuid();
        var reporter = LiveSessionSamples.Reporter(ngoId, "Maria");
        var session = LiveSession(ngoId, Utc.March(10, 9), Utc.March(10, 17));
        session.SetAccounts([reporter]);

        Assert.False(TweetMatcher.Matches(session, TweetSamples.Data(createdAt: Utc.March(10, 18), hashtags: []), reporter.Id));
        Assert.False(TweetMatcher.Matches(session, TweetSamples.Data(createdAt: Utc.March(10, 8), hashtags: ["ManilaLive"]), reporter.Id));
    }
}
