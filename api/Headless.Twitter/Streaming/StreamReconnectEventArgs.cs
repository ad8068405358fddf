namespace Headless.Twitter.Streaming;

/// <summary>Raised when the reader has scheduled its next connection attempt, so hosts can report stream health.</summary>
public sealed class StreamReconnectEventArgs(StreamFailure failure, TimeSpan delay, int connectionsOpened) : EventArgs
{
    public StreamFailure Failure { get; } = failure;

    public TimeSpan Delay { get; } = delay;

    public int ConnectionsOpened { get; } = connectionsOpened;
}
