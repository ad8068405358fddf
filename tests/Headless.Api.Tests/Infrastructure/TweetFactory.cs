using Headless.Domain.Accounts;
using Headless.Domain.Tweets;

namespace Headless.Api.Tests.Infrastructure;

/// <summary>Tweets as X would deliver them, with the fixed ids and times a snapshot can show.</summary>
public static class TweetFactory
{
    /// <summary>
    /// A tweet by <paramref name="author"/> (an NGO account, or a member of the public when null).
    /// For a retweet, reply or quote, <paramref name="referenced"/> is the tweet it points at.
    /// </summary>
    public static TweetData Data(
        string xId,
        TwitterAccount? author,
        string text,
        DateTime createdAt,
        TweetKind kind = TweetKind.Original,
        Tweet? referenced = null,
        IReadOnlyList<string>? hashtags = null) =>
        new(
            xId,
            author?.XUserId ?? "3000000001",
            author?.Handle ?? "someone",
            author?.DisplayName,
            text,
            createdAt,
            "en",
            hashtags ?? [],
            [],
            kind,
            referenced?.XId,
            referenced?.AuthorXId,
            referenced?.ConversationXId ?? xId,
            TweetMetrics.None,
            null,
            null);
}
