using Headless.Twitter.Payloads;

namespace Headless.Twitter.Sources;

/// <summary>An endless, ordered feed of tweets in the filtered-stream message shape, live or replayed.</summary>
public interface ITweetSource
{
    IAsyncEnumerable<XStreamMessage> ReadAllAsync(CancellationToken cancellationToken);
}
