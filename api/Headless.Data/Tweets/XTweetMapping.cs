using Headless.Domain.Tweets;
using Headless.Twitter.Payloads;

namespace Headless.Data.Tweets;

/// <summary>Turns an X stream message into the domain's view of a tweet.</summary>
public static class XTweetMapping
{
    public static TweetData? ToTweetData(XStreamMessage message, DateTime receivedAt)
    {
        ArgumentNullException.ThrowIfNull(message);
        if (message.Data is not { AuthorId: { } authorId } tweet)
        {
            return null;
        }

        var author = message.FindUser(authorId);
        var (kind, reference) = KindOf(tweet);
        var referenced = message.FindTweet(reference?.Id);
        var point = tweet.Geo?.Coordinates;
        var metrics = tweet.PublicMetrics is { } m
            ? new TweetMetrics(m.RetweetCount, m.ReplyCount, m.LikeCount, m.QuoteCount, m.ImpressionCount)
            : TweetMetrics.None;

        return new TweetData(
            tweet.Id,
            authorId,
            author?.Username ?? authorId,
            author?.Name,
            tweet.Text,
            DateTime.SpecifyKind((tweet.CreatedAt ?? receivedAt).ToUniversalTime(), DateTimeKind.Utc),
            tweet.Lang,
            [.. (tweet.Entities?.Hashtags ?? []).Select(h => h.Tag)],
            [.. (tweet.Entities?.Mentions ?? []).Select(u => u.Username)],
            kind,
            reference?.Id,
            referenced?.AuthorId ?? (kind == TweetKind.Reply ? tweet.InReplyToUserId : null),
            tweet.ConversationId,
            metrics,
            point?.Latitude,
            point?.Longitude);
    }

    private static (TweetKind Kind, XReferencedTweet? Reference) KindOf(XTweet tweet)
    {
        var references = tweet.ReferencedTweets ?? [];
        foreach (var (type, kind) in new[] { ("retweeted", TweetKind.Retweet), ("quoted", TweetKind.Quote), ("replied_to", TweetKind.Reply) })
        {
            var reference = references.FirstOrDefault(r => r.Type == type);
            if (reference is not null)
            {
                return (kind, reference);
            }
        }

        return (TweetKind.Original, null);
    }
}
