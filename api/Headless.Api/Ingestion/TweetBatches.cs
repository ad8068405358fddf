using System.Runtime.CompilerServices;
using System.Threading.Channels;

namespace Headless.Api.Ingestion;

/// <summary>Groups a stream into batches: full ones at once, partial ones after a short window.</summary>
internal static class TweetBatches
{
    public static async IAsyncEnumerable<IReadOnlyList<T>> ReadBatchesAsync<T>(
        this IAsyncEnumerable<T> source,
        int size,
        TimeSpan window,
        [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        // A small channel decouples the source's pace from the batch timer.
        var channel = Channel.CreateBounded<T>(new BoundedChannelOptions(size * 2) { SingleReader = true, SingleWriter = true });
        var pump = PumpAsync(source, channel.Writer, cancellationToken);
        var batch = new List<T>(size);
        while (await channel.Reader.WaitToReadAsync(cancellationToken))
        {
            using var windowTimeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
            windowTimeout.CancelAfter(window);
            try
            {
                while (batch.Count < size)
                {
                    if (channel.Reader.TryRead(out var item))
                    {
                        batch.Add(item);
                    }
                    else if (!await channel.Reader.WaitToReadAsync(windowTimeout.Token))
                    {
                        break;
                    }
                }
            }
            catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
            {
                // The window closed on a partial batch.
            }

            if (batch.Count > 0)
            {
                yield return batch;
                batch = new List<T>(size);
            }
        }

        await pump;
    }

    private static async Task PumpAsync<T>(IAsyncEnumerable<T> source, ChannelWriter<T> writer, CancellationToken cancellationToken)
    {
        try
        {
            await foreach (var item in source.WithCancellation(cancellationToken))
            {
                await writer.WriteAsync(item, cancellationToken);
            }

            writer.TryComplete();
        }
        catch (Exception exception)
        {
            writer.TryComplete(exception);
        }
    }
}
