using Headless.Domain.Tweets;

namespace Headless.Schema.Realtime;

/// <summary>A tweet was stored; <see cref="NgoIds"/> are the NGOs it concerns (author's, campaigns', sessions').</summary>
public sealed record TweetReceived(Guid TweetId, TweetKind Kind, IReadOnlyList<Guid> NgoIds, IReadOnlyList<Guid> CampaignIds, IReadOnlyList<Guid> LiveSessionIds);
