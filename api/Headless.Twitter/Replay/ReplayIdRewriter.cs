using Headless.Twitter.Payloads;

namespace Headless.Twitter.Replay;

/// <summary>
/// Gives one replay pass fresh tweet ids and times. Every tweet id met in the pass (the tweet, its
/// conversation, the tweets it references, the included tweets) maps to one fresh id, so threads and
/// retweets stay linked within the pass while nothing collides with an earlier pass.
/// User ids and rule ids are left alone: the same accounts and rules are being replayed.
/// </summary>
internal sealed class ReplayIdRewriter(SnowflakeIdGenerator ids)
{
    private readonly Dictionary<string, string> _freshIds = new(StringComparer.Ordinal);
    private readonly Dictionary<string, DateTime> _replayedAt = new(StringComparer.Ordinal);

    public XStreamMessage Rewrite(XStreamMessage original, DateTime now)
    {
        ArgumentNullException.ThrowIfNull(original.Data);
        var data = RewriteTweet(original.Data) with { CreatedAt = now };
        _replayedAt[data.Id] = now;

        var includes = original.Includes is { Tweets: { } included }
            ? original.Includes with { Tweets = included.Select(RewriteIncluded).ToList() }
            : original.Includes;
        return original with { Data = data, Includes = includes };
    }

    private XTweet RewriteIncluded(XTweet tweet)
    {
        var rewritten = RewriteTweet(tweet);
        // A referenced tweet replayed earlier in this pass keeps the time it was replayed at.
        return _replayedAt.TryGetValue(rewritten.Id, out var at) ? rewritten with { CreatedAt = at } : rewritten;
    }

    private XTweet RewriteTweet(XTweet tweet) => tweet with
    {
        Id = Fresh(tweet.Id),
        ConversationId = tweet.ConversationId is null ? null : Fresh(tweet.ConversationId),
        ReferencedTweets = tweet.ReferencedTweets?.Select(r => r with { Id = Fresh(r.Id) }).ToList(),
    };

    private string Fresh(string originalId)
    {
        if (!_freshIds.TryGetValue(originalId, out var fresh))
        {
            fresh = ids.Next();
            _freshIds[originalId] = fresh;
        }

        return fresh;
    }
}
