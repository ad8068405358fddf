using Microsoft.Extensions.Options;

namespace Headless.GraphQL.Server.Realtime;

/// <summary>Counts open WebSocket and SSE connections against <see cref="GraphQLServerOptions.MaxConnections"/>.</summary>
public sealed class RealtimeConnectionLimiter(IOptions<GraphQLServerOptions> options)
{
    private readonly int _max = (options ?? throw new ArgumentNullException(nameof(options))).Value.MaxConnections;
    private int _active;

    public int ActiveConnections => Volatile.Read(ref _active);

    public bool TryAcquire()
    {
        if (Interlocked.Increment(ref _active) <= _max)
        {
            return true;
        }

        Interlocked.Decrement(ref _active);
        return false;
    }

    public void Release() => Interlocked.Decrement(ref _active);
}
