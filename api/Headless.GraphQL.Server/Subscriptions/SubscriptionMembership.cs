namespace Headless.GraphQL.Server.Subscriptions;

/// <summary>One subscriber's place in a shared execution; disposing it leaves.</summary>
internal sealed class SubscriptionMembership(SubscriptionMultiplexer owner, SharedSubscription shared, ISubscriptionSink sink)
    : IDisposable
{
    private int _disposed;

    public void Dispose()
    {
        if (Interlocked.Exchange(ref _disposed, 1) == 0)
        {
            owner.Leave(shared, sink);
        }
    }
}
