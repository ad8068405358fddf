using Headless.Data.Providers;
using Headless.Data.Tests.Support;
using Headless.Domain.LiveSessions;
using Headless.Domain.Tweets;
using Microsoft.EntityFrameworkCore;

namespace Headless.Data.Tests.RoundTrips;

[Collection(SharedDatabases.Name)]
public sealed class TweetRoundTripTests(TestDatabases databases)
{
    [Theory, SqliteData, PostgresData]
    public async Task A_tweet_reads_back_with_hashtags_mentions_metrics_and_place(DatabaseProvider provider)
    {
        var contexts = await databases.CreateMigratedAsync(provider);
        var ngo = Samples.Ngo("plan");
        var author = Samples.Account(ngo.Id, "PlanAsia", xUserId: "1001");
        var tweet = Samples.Tweet("1500000000000000001", author.Id, TweetKind.Quote);
        await contexts.SaveAsync(ngo, author, tweet);

        await using var db = contexts.CreateDbContext();
        var read = await db.Tweets.AsNoTracking().SingleAsync(t => t.Id == tweet.Id);

        Assert.Equal("1500000000000000001", read.XId);
        Assert.Equal("1001", read.AuthorXId);
        Assert.Equal("PlanAsia", read.AuthorHandle);
        Assert.Equal("Plan Asia", read.AuthorName);
        Assert.Equal(author.Id, read.AccountId);
        Assert.Equal(tweet.Text, read.Text);
        Assert.Equal("en", read.Language);
        Assert.Equal(["perfectgift", "japan"], read.Hashtags);
        Assert.Equal(["planglobal", "redcross"], read.Mentions);
        Assert.Equal(TweetKind.Quote, read.Kind);
        Assert.Equal("900", read.ReferencedTweetXId);
        Assert.Equal("1002", read.ReferencedAuthorXId);
        Assert.Equal("900", read.ConversationXId);
        Assert.Equal(new TweetMetrics(12, 3, 40, 1, 5_000_000_000L), read.Metrics);
        Assert.Equal(35.6762, read.Latitude);
        Assert.Equal(139.6503, read.Longitude);
        Assert.Equal(TestTimes.Now.AddMinutes(-5), read.CreatedAt);
        Assert.Equal(TestTimes.Now, read.ReceivedAt);
        Assert.Equal(DateTimeKind.Utc, read.CreatedAt.Kind);
        Assert.Equal(DateTimeKind.Utc, read.ReceivedAt.Kind);
    }

    [Theory, SqliteData, PostgresData]
    public async Task Updated_metrics_are_saved(DatabaseProvider provider)
    {
        var contexts = await databases.CreateMigratedAsync(provider);
        var tweet = Samples.Tweet("42");
        await contexts.SaveAsync(tweet);

        await using (var db = contexts.CreateDbContext())
        {
            var tracked = await db.Tweets.SingleAsync(t => t.Id == tweet.Id);
            tracked.UpdateMetrics(new TweetMetrics(100, 20, 300, 4, 12_345));
            await db.SaveChangesAsync();
        }

        await using var check = contexts.CreateDbContext();
        var read = await check.Tweets.AsNoTracking().SingleAsync(t => t.Id == tweet.Id);
        Assert.Equal(new TweetMetrics(100, 20, 300, 4, 12_345), read.Metrics);
        Assert.Null(read.AccountId);
    }

    [Theory, SqliteData, PostgresData]
    public async Task Campaign_and_session_links_read_back_for_their_tweet(DatabaseProvider provider)
    {
        var contexts = await databases.CreateMigratedAsync(provider);
        var ngo = Samples.Ngo("red-cross");
        var campaign = Samples.Campaign(ngo.Id, "perfect-gift");
        var session = LiveSession.Create(
            ngo.Id,
            new LiveSessionDetails("gala", "Gala", null, ["PerfectGift"], "Paris", null, null, TestTimes.Now.AddHours(-1)),
            TestTimes.Now);
        var tweet = Samples.Tweet("777");
        await contexts.SaveAsync(
            ngo, campaign, session, tweet,
            new CampaignTweet(campaign.Id, tweet.Id, tweet.CreatedAt),
            new LiveSessionTweet(session.Id, tweet.Id, tweet.CreatedAt));

        await using var db = contexts.CreateDbContext();
        var campaignTweet = await db.CampaignTweets.AsNoTracking().SingleAsync(t => t.CampaignId == campaign.Id);
        var sessionTweet = await db.LiveSessionTweets.AsNoTracking().SingleAsync(t => t.LiveSessionId == session.Id);

        Assert.Equal(tweet.Id, campaignTweet.TweetId);
        Assert.Equal(tweet.CreatedAt, campaignTweet.TweetCreatedAt);
        Assert.Equal(DateTimeKind.Utc, campaignTweet.TweetCreatedAt.Kind);
        Assert.Equal(tweet.Id, sessionTweet.TweetId);
        Assert.Equal(tweet.CreatedAt, sessionTweet.TweetCreatedAt);
        Assert.Equal(DateTimeKind.Utc, sessionTweet.TweetCreatedAt.Kind);
    }
}
