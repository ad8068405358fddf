using Headless.Twitter.Payloads;

namespace Headless.Twitter.Client;

/// <summary>
/// Search answers share one <c>includes</c> across a page; a stream message carries only its own.
/// Slicing keeps the two sources interchangeable for consumers.
/// </summary>
internal static class XIncludesSlicer
{
    public static XStreamMessage ToMessage(XTweet tweet, XIncludes? pageIncludes)
    {
        var referencedIds = tweet.ReferencedTweets?.Select(r => r.Id).ToHashSet(StringComparer.Ordinal) ?? [];
        var tweets = pageIncludes?.Tweets?.Where(t => referencedIds.Contains(t.Id)).ToList() ?? [];

        var userIds = new HashSet<string>(StringComparer.Ordinal);
        if (tweet.AuthorId is not null)
        {
            userIds.Add(tweet.AuthorId);
        }

        foreach (var referenced in tweets.Where(t => t.AuthorId is not null))
        {
            userIds.Add(referenced.AuthorId!);
        }

        var users = pageIncludes?.Users?.Where(u => userIds.Contains(u.Id)).ToList() ?? [];
        var includes = users.Count == 0 && tweets.Count == 0 ? null : new XIncludes(users, tweets.Count == 0 ? null : tweets);
        return new XStreamMessage(tweet, includes, null, null);
    }
}
