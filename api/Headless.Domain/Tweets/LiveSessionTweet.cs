namespace Headless.Domain.Tweets;

/// <summary>A tweet matched to a live session.</summary>
public sealed class LiveSessionTweet
{
    public LiveSessionTweet(Guid liveSessionId, Guid tweetId, DateTime tweetCreatedAt)
    {
        LiveSessionId = liveSessionId;
        TweetId = tweetId;
        TweetCreatedAt = tweetCreatedAt;
    }

    public Guid LiveSessionId { get; private set; }

    public Guid TweetId { get; private set; }

    public DateTime TweetCreatedAt { get; private set; }
}
