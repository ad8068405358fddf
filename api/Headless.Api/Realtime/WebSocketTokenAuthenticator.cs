using System.Security.Claims;
using System.Text.Json;
using Microsoft.AspNetCore.Authentication;
using Headless.GraphQL.Server.WebSockets;
using OpenIddict.Abstractions;
using OpenIddict.Validation;
using OpenIddict.Validation.AspNetCore;

namespace Headless.Api.Realtime;

/// <summary>
/// Authenticates graphql-transport-ws connections: a bearer token in the connection_init payload
/// (<c>{ "Authorization": "Bearer …" }</c> or <c>{ "token": "…" }</c>, as browsers cannot set headers on
/// WebSockets) or in the upgrade request's Authorization header. No token: anonymous. A bad token:
/// the connection is closed with 4403. The connection also closes when the token expires.
/// </summary>
internal sealed class WebSocketTokenAuthenticator(OpenIddictValidationService validation) : IGraphQLWebSocketAuthenticator
{
    public async ValueTask<WebSocketAuthResult> AuthenticateAsync(HttpContext http, IReadOnlyDictionary<string, object?>? initPayload, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(http);
        var token = TokenFromPayload(initPayload);
        if (token is null)
        {
            var header = await http.AuthenticateAsync(OpenIddictValidationAspNetCoreDefaults.AuthenticationScheme);
            if (header.Failure is not null)
            {
                return WebSocketAuthResult.Reject();
            }

            return WebSocketAuthResult.Success(header.Principal ?? new ClaimsPrincipal(new ClaimsIdentity()), header.Principal?.GetExpirationDate());
        }

        try
        {
            var principal = await validation.ValidateAccessTokenAsync(token, ct);
            return WebSocketAuthResult.Success(principal, principal.GetExpirationDate());
        }
        catch (Exception exception) when (exception is OpenIddictExceptions.ValidationException or OpenIddictExceptions.ProtocolException)
        {
            // A malformed, forged, revoked or expired token: the client is told 4403, nothing more.
            return WebSocketAuthResult.Reject();
        }
    }

    private static string? TokenFromPayload(IReadOnlyDictionary<string, object?>? payload)
    {
        if (payload is null)
        {
            return null;
        }

        foreach (var (key, value) in payload)
        {
            var text = value switch
            {
                string s => s,
                JsonElement { ValueKind: JsonValueKind.String } e => e.GetString(),
                _ => null,
            };
            if (text is null)
            {
                continue;
            }

            if (key.Equals("Authorization", StringComparison.OrdinalIgnoreCase))
            {
                return text.StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase) ? text["Bearer ".Length..].Trim() : text.Trim();
            }

            if (key.Equals("token", StringComparison.OrdinalIgnoreCase) || key.Equals("authToken", StringComparison.OrdinalIgnoreCase))
            {
                return text.Trim();
            }
        }

        return null;
    }
}
