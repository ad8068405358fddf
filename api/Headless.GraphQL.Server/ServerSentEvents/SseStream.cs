using Headless.GraphQL.Server.Realtime;
using Headless.GraphQL.Server.Subscriptions;
using Microsoft.AspNetCore.Http;

namespace Headless.GraphQL.Server.ServerSentEvents;

/// <summary>
/// The event stream of one SSE response: a bounded queue written by a single loop, keep-alive
/// comments, and the subscriber side of a shared execution.
/// </summary>
internal sealed class SseStream : ISubscriptionSink, IDisposable
{
    private readonly HttpContext _http;
    private readonly OutboundQueue _outbound;
    private readonly CancellationTokenSource _lifetime;
    private readonly TaskCompletionSource _completed = new(TaskCreationOptions.RunContinuationsAsynchronously);

    public SseStream(HttpContext http, GraphQLServerOptions options)
    {
        _http = http;
        _lifetime = CancellationTokenSource.CreateLinkedTokenSource(http.RequestAborted);
        _outbound = new OutboundQueue(options.MaxOutboundQueue, OnOverflow);
    }

    /// <summary>Cancelled when the client goes away or falls too far behind.</summary>
    public CancellationToken Aborted => _lifetime.Token;

    /// <summary>Completes when the event stream has ended.</summary>
    public Task Completed => _completed.Task;

    public void Send(byte[] frame) => _outbound.Enqueue(frame);

    public void OnNext(ReadOnlyMemory<byte> result) => Send(SseFrames.Next(result.Span));

    public void OnCompleted()
    {
        Send(SseFrames.Complete);
        _completed.TrySetResult();
    }

    /// <summary>Writes queued events until <see cref="Finish"/> has been called and the queue is empty.</summary>
    public async Task RunWriterAsync()
    {
        var body = _http.Response.Body;
        try
        {
            await _outbound.RunWriterAsync(
                async (frame, ct) =>
                {
                    await body.WriteAsync(frame, ct);
                    await body.FlushAsync(ct);
                },
                Aborted);
        }
        catch (Exception ex) when (ex is OperationCanceledException or IOException)
        {
            // The client went away or was too slow: nobody is left to write to.
        }
    }

    public async Task KeepAliveAsync(TimeSpan interval)
    {
        if (interval <= TimeSpan.Zero)
        {
            return;
        }

        using var timer = new PeriodicTimer(interval);
        try
        {
            while (await timer.WaitForNextTickAsync(Aborted) && !_outbound.IsCompleted)
            {
                Send(SseFrames.KeepAlive);
            }
        }
        catch (OperationCanceledException)
        {
            // The stream ended.
        }
    }

    /// <summary>No more events: the writer drains what is queued and stops.</summary>
    public void Finish() => _outbound.Complete();

    public void Dispose() => _lifetime.Dispose();

    private void OnOverflow()
    {
        _outbound.Complete();
        _lifetime.Cancel();

        // Cut, not ended: a clean end would look like a completed stream to the client.
        _http.Abort();
    }
}
