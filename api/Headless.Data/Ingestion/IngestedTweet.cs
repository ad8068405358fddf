using Headless.Domain.Tweets;

namespace Headless.Data.Ingestion;

/// <summary>A stored tweet and everything it was matched to: what subscribers are told about. <see cref="NgoIds"/>: the author's NGO and the NGOs of its campaigns and sessions.</summary>
public sealed record IngestedTweet(
    Guid TweetId,
    string XId,
    TweetKind Kind,
    Guid? AccountId,
    Guid? AccountNgoId,
    IReadOnlyList<Guid> CampaignIds,
    IReadOnlyList<Guid> LiveSessionIds,
    IReadOnlyList<Guid> NgoIds);
