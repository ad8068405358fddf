using Headless.Domain.Tweets;
using Headless.Domain.Tests.Support;

namespace Headless.Domain.Tests.Tweets;

public sealed class TweetTests
{
    [Fact]
    public void From_copies_what_x_delivered()
    {
        var accountId = Guid.NewGuid();

        var tweet = Tweet.From(TweetSamples.Data(kind: TweetKind.Quote, latitude: 14.6, longitude: 120.98), accountId, Utc.March(10, 13));

        Assert.Equal("1900000000000000001", tweet.XId);
        Assert.Equal("42", tweet.AuthorXId);
        Assert.Equal("PlanAsia", tweet.AuthorHandle);
        Assert.Equal("Plan Asia", tweet.AuthorName);
        Assert.Equal(accountId, tweet.AccountId);
        Assert.Equal(Utc.March(10, 12), tweet.CreatedAt);
        Assert.Equal(Utc.March(10, 13), tweet.ReceivedAt);
        Assert.Equal("en", tweet.Language);
        Assert.Equal(TweetKind.Quote, tweet.Kind);
        Assert.Equal("1899999999999999999", tweet.ReferencedTweetXId);
        Assert.Equal("7", tweet.ReferencedAuthorXId);
        Assert.Equal("1899999999999999999", tweet.ConversationXId);
        Assert.Equal(new TweetMetrics(3, 2, 10, 1, 500), tweet.Metrics);
        Assert.Equal(14.6, tweet.Latitude);
        Assert.Equal(120.98, tweet.Longitude);
    }

    [Fact]
    public void Hashtags_are_stored_as_lower_case_keys_without_hash_once_each()
    {
        var tweet = Tweet.From(TweetSamples.Data(hashtags: ["#PerfectGift", "perfectgift", "#", "Japan", "#JAPAN"]), null, Utc.March(10, 13));

        Assert.Equal(["perfectgift", "japan"], tweet.Hashtags);
    }

    [Fact]
    public void Mentions_are_stored_as_lower_case_handles_without_at_once_each()
    {
        var tweet = Tweet.From(TweetSamples.Data(mentions: ["@PlanGlobal", "planglobal", "@", "@UNICEF"]), null, Utc.March(10, 13));

        Assert.Equal(["planglobal", "unicef"], tweet.Mentions);
    }

    [Theory]
    [InlineData("xId")]
    [InlineData("authorXId")]
    [InlineData("authorHandle")]
    public void Identifiers_are_required(string field)
    {
        var data = field switch
        {
            "xId" => TweetSamples.Data(xId: " "),
            "authorXId" => TweetSamples.Data(authorXId: ""),
            _ => TweetSamples.Data(authorHandle: " "),
        };

        DomainAssert.Broken(() => Tweet.From(data, null, Utc.March(10, 13)), field, "REQUIRED");
    }

    [Fact]
    public void An_x_id_is_limited_to_32_characters()
    {
        DomainAssert.Broken(() => Tweet.From(TweetSamples.Data(xId: new string('1', 33)), null, Utc.March(10, 13)), "xId", "TOO_LONG");
    }

    [Theory]
    [InlineData(null, 120.98, "latitude", "REQUIRED")]
    [InlineData(14.6, null, "longitude", "REQUIRED")]
    [InlineData(-91.0, 120.98, "latitude", "OUT_OF_RANGE")]
    public void A_tweet_location_follows_the_geo_rules(double? latitude, double? longitude, string field, string code)
    {
        DomainAssert.Broken(() => Tweet.From(TweetSamples.Data(latitude: latitude, longitude: longitude), null, Utc.March(10, 13)), field, code);
    }

    [Fact]
    public void Times_must_be_utc()
    {
        DomainAssert.Broken(() => Tweet.From(TweetSamples.Data(createdAt: Utc.LocalTime()), null, Utc.March(10, 13)), "createdAt", "NOT_UTC");
        DomainAssert.Broken(() => Tweet.From(TweetSamples.Data(), null, Utc.LocalTime()), "receivedAt", "NOT_UTC");
    }

    [Fact]
    public void Metrics_can_be_refreshed_and_null_means_none()
    {
        var tweet = Tweet.From(TweetSamples.Data(), null, Utc.March(10, 13));

        tweet.UpdateMetrics(new TweetMetrics(30, 20, 100, 10, 5000));
        Assert.Equal(30, tweet.Metrics.RetweetCount);

        tweet.UpdateMetrics(null!);
        Assert.Same(TweetMetrics.None, tweet.Metrics);
    }
}
