using System.Buffers;
using System.Diagnostics;
using System.Net.WebSockets;

namespace Headless.Bench.Clients;

/// <summary>
/// One <c>graphql-transport-ws</c> client with one subscription: connects, initialises, subscribes,
/// then records every message it receives in its <see cref="SubscriberLog"/> until it is closed.
/// </summary>
public sealed class Subscriber : IAsyncDisposable
{
    private const string OperationId = "1";

    private readonly ClientWebSocket _socket = new();
    private readonly SemaphoreSlim _sending = new(1, 1);
    private readonly CancellationTokenSource _stopping = new();
    private readonly ArrayBufferWriter<byte> _frame = new(1024);
    private Task _receiving = Task.CompletedTask;

    private Subscriber(SubscriberLog log) => Log = log;

    public SubscriberLog Log { get; }

    public static async Task<Subscriber> ConnectAsync(
        Uri address, string query, IReadOnlyDictionary<string, object?> variables, SubscriberLog log, CancellationToken cancellationToken)
    {
        var subscriber = new Subscriber(log);
        try
        {
            subscriber._socket.Options.AddSubProtocol(ClientFrames.SubProtocol);
            await subscriber._socket.ConnectAsync(address, cancellationToken);
            await subscriber.SendAsync(ClientFrames.ConnectionInit, cancellationToken);
            var (type, _) = ClientFrames.Read((await subscriber.ReceiveFrameAsync(cancellationToken)).Span);
            if (type != "connection_ack")
            {
                throw new InvalidOperationException($"Expected connection_ack, got {type ?? "nothing"}.");
            }

            await subscriber.SendAsync(ClientFrames.Subscribe(OperationId, query, variables), cancellationToken);
            subscriber._receiving = subscriber.ReceiveLoopAsync();
            return subscriber;
        }
        catch
        {
            await subscriber.DisposeAsync();
            throw;
        }
    }

    /// <summary>Completes the subscription and closes the socket, waiting a bounded time for the server.</summary>
    public async Task CloseAsync(CancellationToken cancellationToken)
    {
        try
        {
            if (_socket.State == WebSocketState.Open)
            {
                await SendAsync(ClientFrames.Complete(OperationId), cancellationToken);
                await _socket.CloseOutputAsync(WebSocketCloseStatus.NormalClosure, "done", cancellationToken);
            }

            await _receiving.WaitAsync(TimeSpan.FromSeconds(5), cancellationToken);
        }
        catch (Exception exception) when (exception is WebSocketException or TimeoutException or OperationCanceledException)
        {
            // A socket that does not close cleanly is aborted on dispose; the run's numbers are already taken.
        }
    }

    public async ValueTask DisposeAsync()
    {
        await _stopping.CancelAsync();
        _socket.Abort();
        await _receiving.ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
        _socket.Dispose();
        _sending.Dispose();
        _stopping.Dispose();
    }

    private async Task ReceiveLoopAsync()
    {
        try
        {
            while (true)
            {
                var frame = await ReceiveFrameAsync(_stopping.Token);
                if (frame.IsEmpty)
                {
                    return;
                }

                var receivedAt = Stopwatch.GetTimestamp();
                var (type, text) = ClientFrames.Read(frame.Span);
                switch (type)
                {
                    case "next":
                        Log.OnTweet(text, receivedAt);
                        break;
                    case "ping":
                        await SendAsync(ClientFrames.Pong, _stopping.Token);
                        break;
                    default:
                        Log.OnUnexpected();
                        break;
                }
            }
        }
        catch (Exception exception) when (exception is WebSocketException or OperationCanceledException)
        {
            // Closed or aborted: the log holds what arrived.
        }
    }

    /// <summary>One whole message; empty when the server closed the socket.</summary>
    private async Task<ReadOnlyMemory<byte>> ReceiveFrameAsync(CancellationToken cancellationToken)
    {
        _frame.ResetWrittenCount();
        ValueWebSocketReceiveResult result;
        do
        {
            result = await _socket.ReceiveAsync(_frame.GetMemory(4096), cancellationToken);
            if (result.MessageType == WebSocketMessageType.Close)
            {
                return ReadOnlyMemory<byte>.Empty;
            }

            _frame.Advance(result.Count);
        }
        while (!result.EndOfMessage);

        return _frame.WrittenMemory;
    }

    private async Task SendAsync(byte[] message, CancellationToken cancellationToken)
    {
        await _sending.WaitAsync(cancellationToken);
        try
        {
            await _socket.SendAsync(message, WebSocketMessageType.Text, endOfMessage: true, cancellationToken);
        }
        finally
        {
            _sending.Release();
        }
    }
}
