namespace Headless.Twitter.Payloads;

public sealed record XTweet(
    string Id,
    string Text,
    string? AuthorId,
    DateTime? CreatedAt,
    string? Lang,
    string? ConversationId,
    string? InReplyToUserId,
    IReadOnlyList<XReferencedTweet>? ReferencedTweets,
    XEntities? Entities,
    XPublicMetrics? PublicMetrics,
    XGeo? Geo);
