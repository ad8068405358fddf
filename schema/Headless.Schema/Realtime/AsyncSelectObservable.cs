using System.Threading.Channels;

namespace Headless.Schema.Realtime;

/// <summary>
/// Maps each event with an async function, one at a time and in order; null results are dropped
/// (an event the subscriber may not see, or whose target is gone). Disposing stops the work.
/// </summary>
public sealed class AsyncSelectObservable<TIn, TOut>(IObservable<TIn> source, Func<TIn, CancellationToken, Task<TOut?>> map) : IObservable<TOut>
    where TOut : class
{
    public IDisposable Subscribe(IObserver<TOut> observer)
    {
        ArgumentNullException.ThrowIfNull(observer);
        var cancellation = new CancellationTokenSource();

        // Bounded: a subscriber that cannot keep up loses the oldest events rather than memory.
        var queue = Channel.CreateBounded<TIn>(new BoundedChannelOptions(1000) { FullMode = BoundedChannelFullMode.DropOldest, SingleReader = true });
        var upstream = source.Subscribe(new QueueWriter(queue.Writer));
        _ = PumpAsync(queue.Reader, observer, cancellation.Token);
        return new Subscription(upstream, cancellation);
    }

    private async Task PumpAsync(ChannelReader<TIn> reader, IObserver<TOut> observer, CancellationToken cancellationToken)
    {
        try
        {
            await foreach (var item in reader.ReadAllAsync(cancellationToken))
            {
                if (await map(item, cancellationToken) is { } mapped)
                {
                    observer.OnNext(mapped);
                }
            }

            observer.OnCompleted();
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
        }
#pragma warning disable CA1031 // A failing map ends this subscription with an error, as GraphQL expects.
        catch (Exception exception)
#pragma warning restore CA1031
        {
            observer.OnError(exception);
        }
    }

    private sealed class QueueWriter(ChannelWriter<TIn> writer) : IObserver<TIn>
    {
        public void OnCompleted() => writer.TryComplete();

        public void OnError(Exception error) => writer.TryComplete(error);

        public void OnNext(TIn value) => writer.TryWrite(value);
    }

    private sealed class Subscription(IDisposable upstream, CancellationTokenSource cancellation) : IDisposable
    {
        public void Dispose()
        {
            upstream.Dispose();
            cancellation.Cancel();
            cancellation.Dispose();
        }
    }
}
