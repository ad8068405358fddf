using GraphQL;
using Headless.GraphQL.Server.Execution;
using Headless.GraphQL.Server.Http;
using Headless.GraphQL.Server.Subscriptions;

namespace Headless.GraphQL.Server.WebSockets;

/// <summary>
/// One operation of a socket, from <c>subscribe</c> to its last message. For a subscription it is
/// a subscriber of the shared execution and turns each serialised event into a <c>next</c> frame.
/// </summary>
internal sealed class WebSocketOperation : ISubscriptionSink, IDisposable
{
    private readonly GraphQLWebSocketConnection _connection;
    private readonly GraphQLResponseSerializer _serializer;
    private readonly CancellationTokenSource _stop = new();
    private readonly TaskCompletionSource _completed = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private readonly byte[] _nextPrefix;
    private volatile bool _stopped;

    public WebSocketOperation(string id, GraphQLWebSocketConnection connection, GraphQLResponseSerializer serializer)
    {
        Id = id;
        _connection = connection;
        _serializer = serializer;
        _nextPrefix = ServerMessages.PayloadPrefix(id, "next");
    }

    public string Id { get; }

    public async Task RunAsync(GraphQLHttpRequest request)
    {
        try
        {
            var attachment = await _connection.Starter.StartAsync(request, _connection.Http, OperationRestriction.None, this, _stop.Token);
            if (attachment.Result is { } result)
            {
                SendResult(result);
                return;
            }

            using (attachment.Subscription)
            {
                await _completed.Task.WaitAsync(_stop.Token);
            }
        }
        catch (OperationCanceledException) when (_stopped)
        {
            // Completed by the client, or the connection is closing: nothing more is sent.
        }
        catch (Exception ex)
        {
            _connection.Fail(ex);
        }
        finally
        {
            _stopped = true;
            _connection.Forget(this);
            Dispose();
        }
    }

    /// <summary>Called when <see cref="RunAsync"/> ends; <see cref="Stop"/> is what ends the operation.</summary>
    public void Dispose() => _stop.Dispose();

    /// <summary>Stops the operation without a <c>complete</c> message (client complete or closing socket).</summary>
    public void Stop()
    {
        if (_stopped)
        {
            return;
        }

        _stopped = true;
        try
        {
            _stop.Cancel();
        }
        catch (ObjectDisposedException)
        {
            // The operation ended on its own meanwhile.
        }
    }

    public void OnNext(ReadOnlyMemory<byte> result)
    {
        if (!_stopped)
        {
            _connection.Send(ServerMessages.WithPayload(_nextPrefix, result.Span));
        }
    }

    public void OnCompleted()
    {
        if (!_stopped)
        {
            // Freed before the client can read "complete", so it may reuse the id right away.
            _connection.Forget(this);
            _connection.Send(ServerMessages.Complete(Id));
        }

        _completed.TrySetResult();
    }

    private void SendResult(ExecutionResult result)
    {
        if (_stopped)
        {
            return;
        }

        _connection.Forget(this);
        if (!result.Executed)
        {
            // Nothing ran (syntax or validation errors): graphql-transport-ws answers with "error", without "complete".
            _connection.Send(ServerMessages.WithPayload(ServerMessages.PayloadPrefix(Id, "error"), _serializer.SerializeErrorsToUtf8Bytes(result)));
            return;
        }

        _connection.Send(ServerMessages.WithPayload(_nextPrefix, _serializer.SerializeToUtf8Bytes(result)));
        _connection.Send(ServerMessages.Complete(Id));
    }
}
