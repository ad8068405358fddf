using GraphQL.Types;
using Headless.GraphQL.Server.Http;
using Headless.GraphQL.Server.Realtime;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Headless.GraphQL.Server.WebSockets;

/// <summary>Accepts <c>graphql-transport-ws</c> upgrades for one schema and runs the connection.</summary>
internal sealed class GraphQLWebSocketEndpoint<TSchema>(
    RealtimeOperationStarter<TSchema> starter,
    RealtimeConnectionLimiter limiter,
    GraphQLResponseSerializer serializer,
    IOptions<GraphQLServerOptions> options,
    ILogger<GraphQLWebSocketEndpoint<TSchema>> logger)
    where TSchema : ISchema
{
    public async Task HandleAsync(HttpContext http)
    {
        // Refused before the upgrade: a client speaking another protocol gets a plain HTTP answer it can read.
        if (!http.WebSockets.WebSocketRequestedProtocols.Contains(GraphQLWebSocketCloseCodes.SubProtocol, StringComparer.Ordinal))
        {
            http.Response.StatusCode = StatusCodes.Status400BadRequest;
            await http.Response.WriteAsync($"The WebSocket sub-protocol must be {GraphQLWebSocketCloseCodes.SubProtocol}.", http.RequestAborted);
            return;
        }

        if (!limiter.TryAcquire())
        {
            http.Response.StatusCode = StatusCodes.Status503ServiceUnavailable;
            http.Response.Headers.RetryAfter = "5";
            return;
        }

        try
        {
            using var socket = await http.WebSockets.AcceptWebSocketAsync(GraphQLWebSocketCloseCodes.SubProtocol);
            using var connection = new GraphQLWebSocketConnection(socket, http, options.Value, starter, serializer, logger);
            await connection.RunAsync();
        }
        finally
        {
            limiter.Release();
        }
    }
}
