namespace Headless.Domain.Tweets;

/// <summary>X's public_metrics at the time the tweet was received.</summary>
public sealed record TweetMetrics(int RetweetCount, int ReplyCount, int LikeCount, int QuoteCount, long ImpressionCount)
{
    public static TweetMetrics None { get; } = new(0, 0, 0, 0, 0);
}
