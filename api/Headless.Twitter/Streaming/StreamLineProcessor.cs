using System.Threading.Channels;
using Headless.Twitter.Client;
using Headless.Twitter.Payloads;
using Microsoft.Extensions.Logging;

namespace Headless.Twitter.Streaming;

/// <summary>Reads one open connection line by line until it drops, stalls or is cancelled.</summary>
internal sealed class StreamLineProcessor(
    XStreamConnection connection,
    ChannelWriter<XStreamMessage> writer,
    StreamReconnectPolicy policy,
    TimeProvider time,
    TimeSpan stallTimeout,
    ILogger logger)
{
    private const int MaxLoggedLineLength = 200;

    public async Task<StreamFailure> ReadUntilFailureAsync(StreamLineCounters counters, CancellationToken cancellationToken)
    {
        using var stall = new CancellationTokenSource(stallTimeout, time);
        using var linked = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken, stall.Token);
        while (true)
        {
            string? line;
            try
            {
                line = await connection.ReadLineAsync(linked.Token);
            }
            catch (Exception e) when (stall.IsCancellationRequested && !cancellationToken.IsCancellationRequested
                                      && e is OperationCanceledException or IOException or HttpRequestException)
            {
                return new StreamFailure(StreamFailureKind.Stalled, null, e);
            }
            catch (Exception e) when (e is IOException or HttpRequestException)
            {
                return new StreamFailure(StreamFailureKind.ConnectionDropped, null, e);
            }

            if (line is null)
            {
                return new StreamFailure(StreamFailureKind.ConnectionDropped);
            }

            // Re-armed before the line is handed on, so whoever sees the line knows the new window has begun.
            stall.CancelAfter(stallTimeout);
            policy.OnDataReceived();
            await HandleLineAsync(line, counters, stall, cancellationToken);
        }
    }

    private async Task HandleLineAsync(string line, StreamLineCounters counters, CancellationTokenSource stall, CancellationToken cancellationToken)
    {
        var parsed = XJson.ParseStreamLine(line);
        switch (parsed.Kind)
        {
            case XStreamLineKind.Tweet:
                counters.OnTweet();
                await WriteAsync(parsed.Message!, stall, cancellationToken);
                break;
            case XStreamLineKind.Errors:
                foreach (var error in parsed.Message!.Errors!)
                {
                    logger.LogWarning(
                        "Filtered stream reported {ErrorTitle}: {ErrorDetail} ({ErrorType})",
                        error.Title,
                        error.Detail,
                        error.Type);
                }

                break;
            case XStreamLineKind.Malformed:
                logger.LogWarning(
                    "Skipped a malformed filtered stream line: {Line}",
                    line.Length > MaxLoggedLineLength ? line[..MaxLoggedLineLength] + "…" : line);
                break;
            case XStreamLineKind.KeepAlive:
                counters.OnKeepAlive();
                break;
            default:
                break;
        }
    }

    private async Task WriteAsync(XStreamMessage message, CancellationTokenSource stall, CancellationToken cancellationToken)
    {
        if (writer.TryWrite(message))
        {
            return;
        }

        // Waiting for room in the channel is the consumer's slowness, not the connection's: the stall
        // clock stops meanwhile and starts a fresh window once the message is taken.
        stall.CancelAfter(Timeout.InfiniteTimeSpan);
        await writer.WriteAsync(message, cancellationToken);
        stall.CancelAfter(stallTimeout);
    }
}
