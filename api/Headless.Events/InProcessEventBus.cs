using System.Collections.Concurrent;

namespace Headless.Events;

/// <summary>The single-node bus: events go straight to this process's subscribers.</summary>
public sealed class InProcessEventBus : IEventBus
{
    private readonly ConcurrentDictionary<string, TopicObservers> _topics = new(StringComparer.Ordinal);

    public int SubscriberCount(string topic) => _topics.TryGetValue(topic, out var observers) ? observers.Count : 0;

    public Task PublishAsync<T>(string topic, T payload, CancellationToken cancellationToken = default)
        where T : class
    {
        Deliver(topic, payload);
        return Task.CompletedTask;
    }

    public IObservable<T> Subscribe<T>(string topic)
        where T : class => new TopicObservable<T>(this, topic);

    /// <summary>Hands an event to the local subscribers of its topic (used by the Redis bus for remote events).</summary>
    internal void Deliver(string topic, object payload)
    {
        if (_topics.TryGetValue(topic, out var observers))
        {
            observers.Publish(payload);
        }
    }

    internal IDisposable Add<T>(string topic, IObserver<T> observer)
        where T : class
    {
        var observers = _topics.GetOrAdd(topic, _ => new TopicObservers());
        var subscription = observers.Add(value =>
        {
            var typed = value switch
            {
                T local => local,
                RemoteEvent remote => EventJson.Read<T>(remote.Json),
                _ => null,
            };
            if (typed is not null)
            {
                observer.OnNext(typed);
            }
        });
        return new Unsubscriber(() =>
        {
            subscription.Dispose();
            if (observers.Count == 0)
            {
                _topics.TryRemove(new KeyValuePair<string, TopicObservers>(topic, observers));
            }
        });
    }

    private sealed class TopicObservable<T>(InProcessEventBus bus, string topic) : IObservable<T>
        where T : class
    {
        public IDisposable Subscribe(IObserver<T> observer) => bus.Add(topic, observer);
    }
}
