using Headless.GraphQL.Server.Subscriptions;

namespace Headless.Bench.Measurement;

/// <summary>The subscription multiplexer's counters at one moment, or their growth over a run.</summary>
public sealed record FanOutCounters(long ExecutionsStarted, long EventsSerialized, long MessagesDelivered)
{
    public static FanOutCounters Of(SubscriptionMultiplexer multiplexer)
    {
        ArgumentNullException.ThrowIfNull(multiplexer);
        return new FanOutCounters(multiplexer.ExecutionsStarted, multiplexer.EventsSerialized, multiplexer.MessagesDelivered);
    }
}
