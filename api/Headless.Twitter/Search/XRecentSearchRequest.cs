namespace Headless.Twitter.Search;

/// <summary>A recent-search query (last 7 days). <see cref="SinceId"/> is exclusive: only newer tweets come back.</summary>
public sealed record XRecentSearchRequest(string Query)
{
    public string? SinceId { get; init; }

    public DateTimeOffset? StartTime { get; init; }

    /// <summary>Tweets per page; X accepts 10 to 100.</summary>
    public int MaxResults { get; init; } = 100;

    /// <summary>Pages followed by <c>SearchRecentAsync</c> before it stops.</summary>
    public int MaxPages { get; init; } = 10;
}
