namespace Headless.Domain.Tweets;

/// <summary>A tweet matched to a campaign (by hashtag, author or conversation).</summary>
public sealed class CampaignTweet
{
    public CampaignTweet(Guid campaignId, Guid tweetId, DateTime tweetCreatedAt)
    {
        CampaignId = campaignId;
        TweetId = tweetId;
        TweetCreatedAt = tweetCreatedAt;
    }

    public Guid CampaignId { get; private set; }

    public Guid TweetId { get; private set; }

    /// <summary>Copied from the tweet so "newest first" pages read one index.</summary>
    public DateTime TweetCreatedAt { get; private set; }
}
