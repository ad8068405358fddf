using System.Security.Claims;
using Headless.GraphQL.Server.WebSockets;
using Microsoft.AspNetCore.Http;

namespace Headless.GraphQL.Server.Tests.Infrastructure;

/// <summary>Accepts payloads <c>{ token: "valid:&lt;name&gt;" }</c>, optionally with a short lifetime.</summary>
public sealed class TestTokenAuthenticator(TimeSpan? expiresIn = null) : IGraphQLWebSocketAuthenticator
{
    public ValueTask<WebSocketAuthResult> AuthenticateAsync(HttpContext http, IReadOnlyDictionary<string, object?>? initPayload, CancellationToken ct)
    {
        if (initPayload?.GetValueOrDefault("token") is not string token || !token.StartsWith("valid:", StringComparison.Ordinal))
        {
            return ValueTask.FromResult(WebSocketAuthResult.Reject());
        }

        var name = token["valid:".Length..];
        var user = new ClaimsPrincipal(new ClaimsIdentity([new Claim(ClaimTypes.Name, name), new Claim(ClaimTypes.NameIdentifier, name)], "test"));
        return ValueTask.FromResult(WebSocketAuthResult.Success(user, DateTimeOffset.UtcNow + expiresIn));
    }
}
