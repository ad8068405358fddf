using System.Collections.Immutable;

namespace Headless.Events;

/// <summary>The observers of one topic: an immutable list swapped atomically, so publishing never locks.</summary>
internal sealed class TopicObservers
{
    private ImmutableList<Action<object>> _observers = [];

    public int Count => _observers.Count;

    public IDisposable Add(Action<object> observer)
    {
        ImmutableInterlocked.Update(ref _observers, list => list.Add(observer));
        return new Unsubscriber(() => ImmutableInterlocked.Update(ref _observers, list => list.Remove(observer)));
    }

    public void Publish(object payload)
    {
        foreach (var observer in _observers)
        {
            // One failing subscriber must not starve the others.
            try
            {
                observer(payload);
            }
#pragma warning disable CA1031 // The subscriber's failure is its own; the bus keeps delivering.
            catch (Exception)
#pragma warning restore CA1031
            {
            }
        }
    }
}
