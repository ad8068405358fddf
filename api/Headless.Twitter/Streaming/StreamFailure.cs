namespace Headless.Twitter.Streaming;

/// <summary>One failure of the stream, with the rate-limit reset X announced when it answered 429.</summary>
public sealed record StreamFailure(StreamFailureKind Kind, DateTimeOffset? RateLimitReset = null, Exception? Error = null);
