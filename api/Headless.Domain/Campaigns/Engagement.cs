namespace Headless.Domain.Campaigns;

/// <summary>A retweet, reply or quote seen on X that may count toward a pledge.</summary>
public sealed record Engagement(string TweetXId, string AuthorXId, EngagementKind Kind, DateTime OccurredAt);
