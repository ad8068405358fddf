using System.Net.WebSockets;
using GraphQL;
using Headless.GraphQL.Server.Errors;
using Headless.GraphQL.Server.Http;
using Microsoft.Extensions.DependencyInjection;

namespace Headless.GraphQL.Server.WebSockets;

/// <summary>The <c>graphql-transport-ws</c> rules: what each client message does.</summary>
internal sealed partial class GraphQLWebSocketConnection
{
    private int _initReceived;
    private volatile bool _acknowledged;

    private async Task HandleAsync(ReadOnlyMemory<byte> bytes)
    {
        var (message, error) = ClientMessageParser.Parse(bytes, _serializer);
        if (message is null)
        {
            RequestClose((WebSocketCloseStatus)GraphQLWebSocketCloseCodes.BadRequest, error);
            return;
        }

        switch (message.Type)
        {
            case ClientMessageType.ConnectionInit:
                await InitialiseAsync(message.Payload);
                break;
            case ClientMessageType.Ping:
                Send(ServerMessages.Pong);
                break;
            case ClientMessageType.Pong:
                // The answer to our keep-alive, or the client's own heartbeat: nothing to do.
                break;
            case ClientMessageType.Subscribe:
                Subscribe(message.Id!, message.Request!);
                break;
            case ClientMessageType.Complete:
                if (_operations.TryRemove(message.Id!, out var operation))
                {
                    operation.Stop();
                }

                break;
        }
    }

    private async Task InitialiseAsync(IReadOnlyDictionary<string, object?>? payload)
    {
        if (Interlocked.Exchange(ref _initReceived, 1) == 1)
        {
            RequestClose((WebSocketCloseStatus)GraphQLWebSocketCloseCodes.TooManyInitialisationRequests, "Too many initialisation requests");
            return;
        }

        var authenticator = Http.RequestServices.GetService<IGraphQLWebSocketAuthenticator>();
        if (authenticator is not null)
        {
            var result = await authenticator.AuthenticateAsync(Http, payload, _closing.Token);
            if (!result.Succeeded || result.User is null)
            {
                RequestClose((WebSocketCloseStatus)GraphQLWebSocketCloseCodes.Forbidden, "Forbidden");
                return;
            }

            if (result.ExpiresAt is { } expiresAt)
            {
                if (expiresAt <= Time.GetUtcNow())
                {
                    CloseForExpiry();
                    return;
                }

                _timers.Add(WatchExpiryAsync(expiresAt));
            }

            // Operations then see the accepted principal wherever they read the caller from.
            Http.User = result.User;
        }

        _acknowledged = true;
        Send(ServerMessages.ConnectionAck);
    }

    private void Subscribe(string id, GraphQLHttpRequest request)
    {
        if (!_acknowledged)
        {
            RequestClose((WebSocketCloseStatus)GraphQLWebSocketCloseCodes.Unauthorized, "Unauthorized");
            return;
        }

        if (_operations.ContainsKey(id))
        {
            RequestClose((WebSocketCloseStatus)GraphQLWebSocketCloseCodes.SubscriberAlreadyExists, $"Subscriber for {id} already exists");
            return;
        }

        // Refusing the one operation is enough: the connection and its other operations are fine.
        if (_operations.Count >= _options.MaxOperationsPerConnection)
        {
            var error = new ExecutionResult(new RequestError(
                GraphQLErrorCodes.TooManyOperations,
                $"At most {_options.MaxOperationsPerConnection} operations may run at once on one connection."));
            Send(ServerMessages.WithPayload(ServerMessages.PayloadPrefix(id, "error"), _serializer.SerializeErrorsToUtf8Bytes(error)));
            return;
        }

        var operation = new WebSocketOperation(id, this, _serializer);
        _operations[id] = operation;
        var running = operation.RunAsync(request);
        _running[operation] = running;
        if (running.IsCompleted)
        {
            _running.TryRemove(operation, out _);
        }
    }
}
