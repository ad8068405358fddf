namespace Headless.Events;

/// <summary>
/// Publishes events to every subscriber of a topic, on this node and — with the Redis bus — on every
/// node. Delivery is at most once: subscribers that need the full history read it from the database.
/// </summary>
public interface IEventBus
{
    /// <summary>Publishes after the caller's changes are committed, so subscribers can read them.</summary>
    Task PublishAsync<T>(string topic, T payload, CancellationToken cancellationToken = default)
        where T : class;

    /// <summary>Events of a topic from now on; dispose the subscription to stop.</summary>
    IObservable<T> Subscribe<T>(string topic)
        where T : class;
}
