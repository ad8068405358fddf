using Headless.Domain.Tweets;

namespace Headless.Schema.Realtime;

/// <summary>Which tweets a tweetReceived subscriber asked for.</summary>
internal sealed record TweetSubscriptionFilter(Guid? LiveSessionId, Guid? CampaignId, Guid? NgoId, IReadOnlyList<TweetKind>? Kinds)
{
    public bool Matches(TweetReceived tweet) =>
        (LiveSessionId is null || tweet.LiveSessionIds.Contains(LiveSessionId.Value))
        && (CampaignId is null || tweet.CampaignIds.Contains(CampaignId.Value))
        && (NgoId is null || tweet.NgoIds.Contains(NgoId.Value))
        && (Kinds is not { Count: > 0 } || Kinds.Contains(tweet.Kind));
}
