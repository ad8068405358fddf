namespace Headless.Domain.Tweets;

/// <summary>A tweet as X delivers it, already parsed, before it is matched to anything.</summary>
public sealed record TweetData(
    string XId,
    string AuthorXId,
    string AuthorHandle,
    string? AuthorName,
    string Text,
    DateTime CreatedAt,
    string? Language,
    IReadOnlyList<string> Hashtags,
    IReadOnlyList<string> Mentions,
    TweetKind Kind,
    string? ReferencedTweetXId,
    string? ReferencedAuthorXId,
    string? ConversationXId,
    TweetMetrics Metrics,
    double? Latitude,
    double? Longitude);
