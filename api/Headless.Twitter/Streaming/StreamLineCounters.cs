namespace Headless.Twitter.Streaming;

/// <summary>Callbacks the line processor uses to keep the reader's public counters.</summary>
internal sealed record StreamLineCounters(Action OnTweet, Action OnKeepAlive);
