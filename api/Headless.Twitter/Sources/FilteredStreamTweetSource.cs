using System.Runtime.CompilerServices;
using System.Threading.Channels;
using Headless.Twitter.Client;
using Headless.Twitter.Payloads;
using Headless.Twitter.Streaming;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Headless.Twitter.Sources;

/// <summary>
/// Live tweets from the X filtered stream: a reader keeps the connection up and fills a bounded
/// channel (a slow consumer slows the reader rather than growing memory), and each reconnect is
/// followed by a recent-search backfill so no tweet is lost or repeated across the gap.
/// </summary>
public sealed class FilteredStreamTweetSource(
    XApiClient client,
    IStreamQueryProvider queries,
    TimeProvider time,
    IOptions<XApiOptions> options,
    ILoggerFactory loggerFactory) : ITweetSource
{
    /// <summary>Recent ids remembered to drop repeats; far more than a backfill can overlap the live stream.</summary>
    internal const int DeduplicationWindow = 10_000;

    public async IAsyncEnumerable<XStreamMessage> ReadAllAsync([EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var settings = options.Value;
        var channel = Channel.CreateBounded<XStreamMessage>(new BoundedChannelOptions(settings.StreamBufferCapacity)
        {
            FullMode = BoundedChannelFullMode.Wait,
            SingleReader = true,
            SingleWriter = true,
        });
        var writer = new DeduplicatingTweetWriter(channel.Writer, DeduplicationWindow);
        var reader = new FilteredStreamReader(client, time, options, loggerFactory.CreateLogger<FilteredStreamReader>());
        var backfiller = new GapBackfiller(client, queries, settings.BackfillMaxPages, loggerFactory.CreateLogger<GapBackfiller>());
        var startedAt = time.GetUtcNow();

        using var stop = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        var pump = PumpAsync(reader, writer, backfiller, startedAt, channel.Writer, stop.Token);
        try
        {
            await foreach (var message in channel.Reader.ReadAllAsync(cancellationToken))
            {
                yield return message;
            }
        }
        finally
        {
            await stop.CancelAsync();
            await pump;
        }
    }

    private static async Task PumpAsync(
        FilteredStreamReader reader,
        DeduplicatingTweetWriter writer,
        GapBackfiller backfiller,
        DateTimeOffset startedAt,
        ChannelWriter<XStreamMessage> channel,
        CancellationToken cancellationToken)
    {
        await Task.Yield();
        try
        {
            await reader.RunAsync(writer, ct => backfiller.BackfillAsync(writer, startedAt, ct), cancellationToken);
            channel.TryComplete();
        }
        catch (Exception e)
        {
            channel.TryComplete(e);
        }
    }
}
