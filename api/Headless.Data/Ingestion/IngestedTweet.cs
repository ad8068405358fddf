using Headless.Domain.Tweets;

namespace Headless.Data.Ingestion;

/// <summary>A stored tweet and everything it was matched to: what subscribers are told about.</summary>
public sealed record IngestedTweet(
    Guid TweetId,
    string XId,
    TweetKind Kind,
    Guid? AccountId,
    Guid? AccountNgoId,
    IReadOnlyList<Guid> CampaignIds,
    IReadOnlyList<Guid> LiveSessionIds);
