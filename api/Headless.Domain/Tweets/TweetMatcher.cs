using Headless.Domain.Campaigns;
using Headless.Domain.LiveSessions;

namespace Headless.Domain.Tweets;

/// <summary>
/// Decides which campaigns and live sessions a tweet belongs to: a shared hashtag inside the
/// campaign's window, or inside the session's live window (a session's own accounts count even
/// without the hashtag, because field reporters forget it).
/// </summary>
public static class TweetMatcher
{
    public static bool Matches(Campaign campaign, TweetData tweet)
    {
        ArgumentNullException.ThrowIfNull(campaign);
        ArgumentNullException.ThrowIfNull(tweet);
        return campaign.IsPublished
            && campaign.ArchivedAt is null
            && campaign.StartsAt <= tweet.CreatedAt
            && tweet.CreatedAt < campaign.EndsAt
            && tweet.Hashtags.Any(h => campaign.IsTaggedWith(Key(h)));
    }

    public static bool Matches(LiveSession session, TweetData tweet, Guid? authorAccountId)
    {
        ArgumentNullException.ThrowIfNull(session);
        ArgumentNullException.ThrowIfNull(tweet);
        var from = session.StartedAt ?? session.ScheduledStartAt;
        var inWindow = from <= tweet.CreatedAt && (session.EndedAt is null || tweet.CreatedAt <= session.EndedAt);
        if (!inWindow)
        {
            return false;
        }

        var tagged = tweet.Hashtags.Any(h => session.Hashtags.Any(s => s.Key == Key(h)));
        var byReporter = authorAccountId is { } id && tweet.Kind == TweetKind.Original && session.Accounts.Any(a => a.AccountId == id);
        return tagged || byReporter;
    }

    /// <summary>The engagement a tweet is for a pledge, when it is one.</summary>
    public static Engagement? AsEngagement(TweetData tweet)
    {
        ArgumentNullException.ThrowIfNull(tweet);
        EngagementKind? kind = tweet.Kind switch
        {
            TweetKind.Retweet => EngagementKind.Retweet,
            TweetKind.Reply => EngagementKind.Reply,
            TweetKind.Quote => EngagementKind.Quote,
            _ => null,
        };
        return kind is { } k ? new Engagement(tweet.XId, tweet.AuthorXId, k, tweet.CreatedAt) : null;
    }

    private static string Key(string hashtag) => hashtag.TrimStart('#').ToLowerInvariant();
}
