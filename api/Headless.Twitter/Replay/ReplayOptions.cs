namespace Headless.Twitter.Replay;

/// <summary>How recorded tweets are replayed when no X credentials are configured (section <c>X</c>).</summary>
public sealed record ReplayOptions
{
    public const string DefaultReplayFile = "seed/data/tweets.ndjson";

    /// <summary>NDJSON of filtered-stream lines; a relative path is searched for upwards from the working directory.</summary>
    public string? ReplayFile { get; set; }

    public double ReplayTweetsPerMinute { get; set; } = 30;
}
