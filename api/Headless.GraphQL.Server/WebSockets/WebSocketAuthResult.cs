using System.Security.Claims;

namespace Headless.GraphQL.Server.WebSockets;

/// <summary>The outcome of <see cref="IGraphQLWebSocketAuthenticator.AuthenticateAsync"/>.</summary>
public sealed record WebSocketAuthResult
{
    private WebSocketAuthResult(bool succeeded, ClaimsPrincipal? user, DateTimeOffset? expiresAt)
    {
        Succeeded = succeeded;
        User = user;
        ExpiresAt = expiresAt;
    }

    public bool Succeeded { get; }

    /// <summary>Who the connection runs as; set when <see cref="Succeeded"/>.</summary>
    public ClaimsPrincipal? User { get; }

    /// <summary>When the credentials stop being valid: the connection is closed with 4403 then.</summary>
    public DateTimeOffset? ExpiresAt { get; }

    /// <param name="user">Use an unauthenticated principal for an accepted anonymous connection.</param>
    /// <param name="expiresAt">The token's expiry, or <see langword="null"/> if it does not expire.</param>
    public static WebSocketAuthResult Success(ClaimsPrincipal user, DateTimeOffset? expiresAt = null)
    {
        ArgumentNullException.ThrowIfNull(user);
        return new WebSocketAuthResult(true, user, expiresAt);
    }

    /// <summary>Closes the connection with 4403 Forbidden.</summary>
    public static WebSocketAuthResult Reject() => new(false, null, null);
}
