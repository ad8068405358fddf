using Headless.Domain.Campaigns;
using Headless.Domain.Tweets;
using Headless.Domain.Tests.Campaigns;
using Headless.Domain.Tests.Support;

namespace Headless.Domain.Tests.Tweets;

public sealed class TweetMatcherTests
{
    [Theory]
    [InlineData("#PerfectGift")]
    [InlineData("perfectgift")]
    [InlineData("#PERFECTGIFT")]
    public void A_published_campaign_matches_its_hashtag_in_any_spelling(string hashtag)
    {
        var campaign = CampaignSamples.Published();

        Assert.True(TweetMatcher.Matches(campaign, TweetSamples.Data(hashtags: ["other", hashtag])));
    }

    [Fact]
    public void A_tweet_without_a_campaign_hashtag_does_not_match()
    {
        var campaign = CampaignSamples.Published();

        Assert.False(TweetMatcher.Matches(campaign, TweetSamples.Data(hashtags: ["Japan"])));
        Assert.False(TweetMatcher.Matches(campaign, TweetSamples.Data(hashtags: [])));
    }

    [Fact]
    public void A_draft_campaign_matches_nothing()
    {
        var campaign = CampaignSamples.Draft();

        Assert.False(TweetMatcher.Matches(campaign, TweetSamples.Data()));
    }

    [Fact]
    public void An_archived_campaign_matches_nothing()
    {
        var campaign = CampaignSamples.Published();
        campaign.Archive(Utc.March(5));

        Assert.False(TweetMatcher.Matches(campaign, TweetSamples.Data()));
    }

    [Theory]
    [InlineData("start", -1, false)]
    [InlineData("start", 0, true)]
    [InlineData("end", -1, true)]
    [InlineData("end", 0, false)]
    public void A_campaign_matches_only_inside_its_window(string boundary, long ticks, bool expected)
    {
        var campaign = CampaignSamples.Published();
        var at = (boundary == "start" ? campaign.StartsAt : campaign.EndsAt).AddTicks(ticks);

        Assert.Equal(expected, TweetMatcher.Matches(campaign, TweetSamples.Data(createdAt: at)));
    }

    [Fact]
    public void An_original_tweet_is_no_engagement()
    {
        Assert.Null(TweetMatcher.AsEngagement(TweetSamples.Data(kind: TweetKind.Original)));
    }

    [Theory]
    [InlineData(TweetKind.Retweet, EngagementKind.Retweet)]
    [InlineData(TweetKind.Reply, EngagementKind.Reply)]
    [InlineData(TweetKind.Quote, EngagementKind.Quote)]
    public void AsEngagement_maps_each_engaging_kind(TweetKind kind, EngagementKind expected)
    {
        var data = TweetSamples.Data(kind: kind);

        var engagement = TweetMatcher.AsEngagement(data);

        Assert.Equal(new Engagement(data.XId, data.AuthorXId, expected, data.CreatedAt), engagement);
    }
}
