namespace Headless.Domain.Tweets;

public enum TweetKind
{
    Original,
    Retweet,
    Reply,
    Quote,
}
