namespace Headless.GraphQL.Server.Subscriptions;

/// <summary>One subscriber of a shared subscription execution, e.g. one WebSocket operation.</summary>
public interface ISubscriptionSink
{
    /// <summary>
    /// One event's result as UTF-8 JSON, serialised once for every subscriber of the execution.
    /// Called on the event's thread: it must only queue the bytes, never wait on a client.
    /// </summary>
    void OnNext(ReadOnlyMemory<byte> result);

    /// <summary>The event stream ended; no more results follow.</summary>
    void OnCompleted();
}
