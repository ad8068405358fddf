using Microsoft.AspNetCore.Http;

namespace Headless.GraphQL.Server.WebSockets;

/// <summary>
/// Decides whether a WebSocket connection may start, from its <c>connection_init</c> payload
/// (browsers cannot set headers on a WebSocket, so tokens travel there). Optional: without a
/// registration the connection runs as <see cref="HttpContext.User"/> of the upgrade request.
/// </summary>
public interface IGraphQLWebSocketAuthenticator
{
    ValueTask<WebSocketAuthResult> AuthenticateAsync(
        HttpContext http,
        IReadOnlyDictionary<string, object?>? initPayload,
        CancellationToken ct);
}
