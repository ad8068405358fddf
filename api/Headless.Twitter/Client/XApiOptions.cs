namespace Headless.Twitter.Client;

/// <summary>Settings of the X API v2 client, bound from the <c>X</c> configuration section.</summary>
public sealed record XApiOptions
{
    public const string SectionName = "X";

    /// <summary>App-only bearer token; when empty the host replays recorded tweets instead of calling X.</summary>
    public string? BearerToken { get; set; }

    public string BaseUrl { get; set; } = "https://api.x.com";

    /// <summary>X sends a keep-alive every 20 s, so silence for longer than this means the connection is dead.</summary>
    public TimeSpan StreamStallTimeout { get; set; } = TimeSpan.FromSeconds(20);

    /// <summary>Concurrent filtered-stream rules the access tier allows.</summary>
    public int MaxRulesCount { get; set; } = 1000;

    /// <summary>Longest rule value, in characters, the access tier allows.</summary>
    public int MaxRuleLength { get; set; } = 1024;

    /// <summary>Parsed messages buffered between the stream reader and its consumer before the reader waits.</summary>
    public int StreamBufferCapacity { get; set; } = 1000;

    /// <summary>Recent-search pages (100 tweets each) fetched per query to fill the gap left by a reconnect.</summary>
    public int BackfillMaxPages { get; set; } = 10;

    public bool HasBearerToken => !string.IsNullOrWhiteSpace(BearerToken);
}
