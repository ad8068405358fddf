using System.Threading.Channels;
using Headless.Twitter.Client;
using Headless.Twitter.Payloads;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Headless.Twitter.Streaming;

/// <summary>
/// Keeps the filtered stream connected until cancelled: connect, read lines into a channel, and on
/// any failure wait as <see cref="StreamReconnectPolicy"/> says and connect again. All waits and the
/// stall timeout run on the injected <see cref="TimeProvider"/>.
/// </summary>
public sealed class FilteredStreamReader
{
    private readonly XApiClient _client;
    private readonly TimeProvider _time;
    private readonly TimeSpan _stallTimeout;
    private readonly ILogger<FilteredStreamReader> _logger;
    private long _messagesReceived;
    private long _keepAlivesReceived;
    private int _connectionsOpened;

    public FilteredStreamReader(
        XApiClient client,
        TimeProvider time,
        IOptions<XApiOptions> options,
        ILogger<FilteredStreamReader> logger)
    {
        ArgumentNullException.ThrowIfNull(options);
        _client = client;
        _time = time;
        _stallTimeout = options.Value.StreamStallTimeout;
        _logger = logger;
    }

    /// <summary>Raised once the next attempt is scheduled (its delay is already running on the time provider).</summary>
    public event EventHandler<StreamReconnectEventArgs>? Reconnecting;

    /// <summary>Tweets read off the wire so far, including one that may be waiting for room in the channel.</summary>
    public long MessagesReceived => Interlocked.Read(ref _messagesReceived);

    /// <summary>Blank keep-alive lines read so far; X sends one about every 20 seconds of silence.</summary>
    public long KeepAlivesReceived => Interlocked.Read(ref _keepAlivesReceived);

    public int ConnectionsOpened => Volatile.Read(ref _connectionsOpened);

    /// <summary>
    /// Runs until <paramref name="cancellationToken"/> is cancelled, writing each tweet to <paramref name="writer"/>
    /// (waiting when it is full) and calling <paramref name="onReconnectedAsync"/> after every successful
    /// reconnection, before the new connection is read. The writer is left open for its owner to complete.
    /// </summary>
    public async Task RunAsync(
        ChannelWriter<XStreamMessage> writer,
        Func<CancellationToken, Task>? onReconnectedAsync,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(writer);
        var policy = new StreamReconnectPolicy();
        while (!cancellationToken.IsCancellationRequested)
        {
            var failure = await RunOneConnectionAsync(writer, policy, onReconnectedAsync, cancellationToken);
            if (failure is null)
            {
                return;
            }

            var delay = policy.NextDelay(failure, _time.GetUtcNow());
            _logger.LogWarning(
                failure.Error,
                "Filtered stream {FailureKind}; reconnecting in {Delay}",
                failure.Kind,
                delay);

            // The delay starts before listeners hear of it, so a test clock advanced on the event cannot miss it.
            var wait = delay > TimeSpan.Zero ? Task.Delay(delay, _time, cancellationToken) : Task.CompletedTask;
            Reconnecting?.Invoke(this, new StreamReconnectEventArgs(failure, delay, ConnectionsOpened));
            try
            {
                await wait;
            }
            catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
            {
                return;
            }
        }
    }

    /// <summary>One connect-and-read cycle; null when cancelled.</summary>
    private async Task<StreamFailure?> RunOneConnectionAsync(
        ChannelWriter<XStreamMessage> writer,
        StreamReconnectPolicy policy,
        Func<CancellationToken, Task>? onReconnectedAsync,
        CancellationToken cancellationToken)
    {
        XStreamConnection connection;
        try
        {
            connection = await ConnectAsync(cancellationToken);
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            return null;
        }
        catch (XApiException e)
        {
            var kind = e.IsRateLimited ? StreamFailureKind.RateLimited : StreamFailureKind.HttpError;
            return new StreamFailure(kind, e.RateLimitReset, e);
        }
        catch (Exception e) when (e is HttpRequestException or IOException or OperationCanceledException)
        {
            return new StreamFailure(StreamFailureKind.NetworkError, null, e);
        }

        using (connection)
        {
            var isReconnection = Interlocked.Increment(ref _connectionsOpened) > 1;
            _logger.LogInformation("Filtered stream connected (connection {Connection})", ConnectionsOpened);
            if (isReconnection && onReconnectedAsync is not null)
            {
                await NotifyReconnectedAsync(onReconnectedAsync, cancellationToken);
            }

            var lines = new StreamLineProcessor(connection, writer, policy, _time, _stallTimeout, _logger);
            try
            {
                var counters = new StreamLineCounters(
                    () => Interlocked.Increment(ref _messagesReceived),
                    () => Interlocked.Increment(ref _keepAlivesReceived));
                var failure = await lines.ReadUntilFailureAsync(counters, cancellationToken);
                return cancellationToken.IsCancellationRequested ? null : failure;
            }
            catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
            {
                return null;
            }
        }
    }

    private async Task<XStreamConnection> ConnectAsync(CancellationToken cancellationToken)
    {
        // A server that accepts the socket but never answers is as dead as one that refuses it.
        using var timeout = new CancellationTokenSource(_stallTimeout, _time);
        using var linked = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken, timeout.Token);
        return await _client.ConnectStreamAsync(linked.Token);
    }

    private async Task NotifyReconnectedAsync(Func<CancellationToken, Task> onReconnectedAsync, CancellationToken cancellationToken)
    {
        try
        {
            await onReconnectedAsync(cancellationToken);
        }
        catch (Exception e) when (e is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            // Catching up is best effort: the live stream matters more than the gap.
            _logger.LogError(e, "Filtered stream reconnection handler failed; continuing with the live stream");
        }
    }
}
