namespace Headless.GraphQL.Server.Tests.Infrastructure;

/// <summary>
/// Events the test publishes by channel, observed by the test subscription. Counts observers so a
/// test can see how many executions really listen.
/// </summary>
public sealed class TestEventSource
{
    private readonly Lock _gate = new();
    private readonly List<(string Channel, IObserver<TestEvent> Observer)> _observers = [];

    public int ObserverCount
    {
        get
        {
            lock (_gate)
            {
                return _observers.Count;
            }
        }
    }

    public int ObserversOf(string channel)
    {
        lock (_gate)
        {
            return _observers.Count(o => o.Channel == channel);
        }
    }

    public IObservable<TestEvent> Observe(string channel) => new Channel(this, channel);

    public void Publish(string channel, string text)
    {
        foreach (var observer in Snapshot(channel))
        {
            observer.OnNext(new TestEvent(channel, text));
        }
    }

    public void Complete(string channel)
    {
        foreach (var observer in Snapshot(channel))
        {
            observer.OnCompleted();
        }
    }

    private List<IObserver<TestEvent>> Snapshot(string channel)
    {
        lock (_gate)
        {
            return [.. _observers.Where(o => o.Channel == channel).Select(o => o.Observer)];
        }
    }

    private sealed class Channel(TestEventSource source, string name) : IObservable<TestEvent>
    {
        public IDisposable Subscribe(IObserver<TestEvent> observer)
        {
            var entry = (name, observer);
            lock (source._gate)
            {
                source._observers.Add(entry);
            }

            return new Unsubscriber(source, entry);
        }
    }

    private sealed class Unsubscriber(TestEventSource source, (string, IObserver<TestEvent>) entry) : IDisposable
    {
        public void Dispose()
        {
            lock (source._gate)
            {
                source._observers.Remove(entry);
            }
        }
    }
}
