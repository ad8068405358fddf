using Headless.Domain.Common;
using Headless.Domain.LiveSessions;

namespace Headless.Domain.Tweets;

/// <summary>A tweet received from X, stored once per X id.</summary>
public sealed class Tweet : Entity
{
    private Tweet()
    {
        XId = AuthorXId = AuthorHandle = Text = string.Empty;
        Hashtags = [];
        Mentions = [];
        Metrics = TweetMetrics.None;
    }

    public string XId { get; private set; }

    public string AuthorXId { get; private set; }

    public string AuthorHandle { get; private set; }

    public string? AuthorName { get; private set; }

    /// <summary>Set when the author is one of the NGOs' own accounts.</summary>
    public Guid? AccountId { get; private set; }

    public string Text { get; private set; }

    public DateTime CreatedAt { get; private set; }

    public DateTime ReceivedAt { get; private set; }

    public string? Language { get; private set; }

    /// <summary>Hashtag keys (lower case, no '#').</summary>
    public List<string> Hashtags { get; private set; }

    /// <summary>Mentioned handles, lower case.</summary>
    public List<string> Mentions { get; private set; }

    public TweetKind Kind { get; private set; }

    public string? ReferencedTweetXId { get; private set; }

    public string? ReferencedAuthorXId { get; private set; }

    public string? ConversationXId { get; private set; }

    public TweetMetrics Metrics { get; private set; }

    public double? Latitude { get; private set; }

    public double? Longitude { get; private set; }

    public static Tweet From(TweetData data, Guid? accountId, DateTime receivedAt)
    {
        ArgumentNullException.ThrowIfNull(data);
        var point = GeoPoint.From(data.Latitude, data.Longitude);
        return new Tweet
        {
            XId = Guard.Required(data.XId, "xId", 32),
            AuthorXId = Guard.Required(data.AuthorXId, "authorXId", 32),
            AuthorHandle = Guard.Required(data.AuthorHandle, "authorHandle", 50),
            AuthorName = Guard.Optional(data.AuthorName, "authorName", 100),
            AccountId = accountId,
            Text = data.Text,
            CreatedAt = Guard.Utc(data.CreatedAt, "createdAt"),
            ReceivedAt = Guard.Utc(receivedAt, "receivedAt"),
            Language = Guard.Optional(data.Language, "language", 16),
            Hashtags = [.. data.Hashtags.Select(h => h.TrimStart('#').ToLowerInvariant()).Where(h => h.Length > 0).Distinct()],
            Mentions = [.. data.Mentions.Select(m => m.TrimStart('@').ToLowerInvariant()).Where(m => m.Length > 0).Distinct()],
            Kind = data.Kind,
            ReferencedTweetXId = data.ReferencedTweetXId,
            ReferencedAuthorXId = data.ReferencedAuthorXId,
            ConversationXId = data.ConversationXId,
            Metrics = data.Metrics,
            Latitude = point?.Latitude,
            Longitude = point?.Longitude,
        };
    }

    public void UpdateMetrics(TweetMetrics metrics) => Metrics = metrics ?? TweetMetrics.None;
}
