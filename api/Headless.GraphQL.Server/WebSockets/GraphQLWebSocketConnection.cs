using System.Collections.Concurrent;
using System.Net.WebSockets;
using Headless.GraphQL.Server.Http;
using Headless.GraphQL.Server.Realtime;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Headless.GraphQL.Server.WebSockets;

/// <summary>
/// One <c>graphql-transport-ws</c> socket: a receive loop that handles client messages in order,
/// a single writer loop fed by a bounded queue, and the timers of the protocol. Every way out
/// (client close, protocol error, overflow, drop) goes through <see cref="RequestClose"/>, which
/// releases the operations at once and leaves the close frame to the writer.
/// </summary>
internal sealed partial class GraphQLWebSocketConnection : IDisposable
{
    // A client that has not taken its close frame by then is cut off, so a stalled reader cannot hold resources.
    private static readonly TimeSpan ClosingGrace = TimeSpan.FromSeconds(5);

    private readonly WebSocket _socket;
    private readonly GraphQLServerOptions _options;
    private readonly GraphQLResponseSerializer _serializer;
    private readonly ILogger _logger;
    private readonly OutboundQueue _outbound;
    private readonly ConcurrentDictionary<string, WebSocketOperation> _operations = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<WebSocketOperation, Task> _running = new();
    private readonly List<Task> _timers = [];
    private readonly CancellationTokenSource _closing = new();
    private readonly CancellationTokenSource _finished = new();
    private int _closeRequested;
    private WebSocketCloseStatus _closeStatus = WebSocketCloseStatus.NormalClosure;
    private string? _closeReason;

    public GraphQLWebSocketConnection(
        WebSocket socket,
        HttpContext http,
        GraphQLServerOptions options,
        IRealtimeOperationStarter starter,
        GraphQLResponseSerializer serializer,
        ILogger logger)
    {
        _socket = socket;
        Http = http;
        _options = options;
        Starter = starter;
        _serializer = serializer;
        _logger = logger;
        _outbound = new OutboundQueue(options.MaxOutboundQueue, OnOverflow);

        // Token expiry is judged on the clock the tokens were issued on.
        Time = http.RequestServices.GetService<TimeProvider>() ?? TimeProvider.System;
    }

    public TimeProvider Time { get; }

    public HttpContext Http { get; }

    public IRealtimeOperationStarter Starter { get; }

    public async Task RunAsync()
    {
        var writer = WriteLoopAsync();
        _timers.Add(WatchInitTimeoutAsync());
        _timers.Add(KeepAliveAsync());
        try
        {
            await ReceiveLoopAsync();
        }
        catch (Exception ex) when (SocketClosure.IsDisconnect(ex))
        {
            LogDisconnected(_logger, ex.GetType().Name);
        }
        catch (Exception ex)
        {
            Fail(ex);
        }
        finally
        {
            RequestClose(WebSocketCloseStatus.NormalClosure, null);
            await writer;
            await Task.WhenAll(_timers);
            await Task.WhenAll(_running.Values);
            await _finished.CancelAsync();
        }
    }

    /// <summary>Queues a message; a client too far behind is closed instead.</summary>
    public void Send(byte[] message) => _outbound.Enqueue(message);

    public void Forget(WebSocketOperation operation)
    {
        _operations.TryRemove(new KeyValuePair<string, WebSocketOperation>(operation.Id, operation));
        _running.TryRemove(operation, out _);
    }

    public void Fail(Exception error)
    {
        LogFailure(_logger, error);
        RequestClose((WebSocketCloseStatus)GraphQLWebSocketCloseCodes.InternalServerError, "Internal server error");
    }

    public void RequestClose(WebSocketCloseStatus status, string? reason)
    {
        if (Interlocked.Exchange(ref _closeRequested, 1) == 1)
        {
            return;
        }

        _closeStatus = status;
        _closeReason = SocketClosure.FitReason(reason);
        _outbound.Complete();
        _closing.Cancel();
        foreach (var operation in _operations.Values)
        {
            operation.Stop();
        }

        _ = AbortIfStuckAsync();
    }

    public void Dispose()
    {
        _closing.Dispose();
        _finished.Dispose();
    }

    private async Task ReceiveLoopAsync()
    {
        var reader = new WebSocketMessageReader(_socket, _options.MaxMessageBytes);

        // After our close frame the socket is CloseSent: keep reading until the client's answer.
        while (_socket.State is WebSocketState.Open or WebSocketState.CloseSent)
        {
            var read = await reader.ReadAsync(CancellationToken.None);
            if (read.Kind == WebSocketReadKind.Closed)
            {
                return;
            }

            if (Volatile.Read(ref _closeRequested) == 1)
            {
                continue;
            }

            if (read.Kind == WebSocketReadKind.TooBig)
            {
                RequestClose((WebSocketCloseStatus)GraphQLWebSocketCloseCodes.MessageTooBig, "Message too big");
                continue;
            }

            await HandleAsync(read.Bytes);
        }
    }

    private async Task WriteLoopAsync()
    {
        try
        {
            await _outbound.RunWriterAsync(
                (message, _) => _socket.SendAsync(message.AsMemory(), WebSocketMessageType.Text, true, CancellationToken.None),
                _closing.Token);
        }
        catch (OperationCanceledException)
        {
            // Closing: whatever is still queued is dropped.
        }
        catch (Exception ex) when (SocketClosure.IsDisconnect(ex))
        {
            RequestClose(WebSocketCloseStatus.NormalClosure, null);
            return;
        }

        if (_socket.State is WebSocketState.Open or WebSocketState.CloseReceived)
        {
            try
            {
                await _socket.CloseOutputAsync(_closeStatus, _closeReason, CancellationToken.None);
            }
            catch (Exception ex) when (SocketClosure.IsDisconnect(ex))
            {
                LogDisconnected(_logger, ex.GetType().Name);
            }
        }
    }

    private void OnOverflow() =>
        RequestClose((WebSocketCloseStatus)GraphQLWebSocketCloseCodes.OutboundQueueOverflow, "Outbound queue overflow");

    private async Task AbortIfStuckAsync()
    {
        try
        {
            await Task.Delay(ClosingGrace, _finished.Token);
        }
        catch (OperationCanceledException)
        {
            return;
        }

        _socket.Abort();
    }

    [LoggerMessage(Level = LogLevel.Debug, Message = "GraphQL WebSocket client disconnected ({Reason})")]
    private static partial void LogDisconnected(ILogger logger, string reason);

    [LoggerMessage(Level = LogLevel.Error, Message = "GraphQL WebSocket connection failed")]
    private static partial void LogFailure(ILogger logger, Exception error);
}
