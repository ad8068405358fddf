using Headless.Data;
using Microsoft.AspNetCore;
using Headless.Data.Identity;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using OpenIddict.Abstractions;
using OpenIddict.Server.AspNetCore;
using static OpenIddict.Abstractions.OpenIddictConstants;

namespace Headless.Api.Auth.Server;

/// <summary>
/// <c>/connect/token</c> after OpenIddict validated the request (client authentication, PKCE,
/// code and refresh-token checks): decides who the new tokens are for.
/// </summary>
internal static class TokenEndpoint
{
    public static async Task<IResult> HandleAsync(
        HttpContext http,
        HeadlessDbContext db,
        UserManager<HeadlessUser> users,
        UserPrincipalFactory principals,
        CancellationToken cancellationToken)
    {
        var request = http.GetOpenIddictServerRequest() ?? throw new InvalidOperationException("Not an OpenID Connect request.");
        if (request.IsClientCredentialsGrantType())
        {
            var client = await db.ApiClients.AsNoTracking().FirstOrDefaultAsync(c => c.ClientId == request.ClientId, cancellationToken);
            return client is null || client.IsRevoked
                ? OAuthResults.Error(Errors.InvalidClient, "The client is not registered or was revoked.")
                : OAuthResults.SignIn(ClientPrincipalFactory.Create(client));
        }

        if (request.IsAuthorizationCodeGrantType() || request.IsRefreshTokenGrantType())
        {
            var granted = await http.AuthenticateAsync(OpenIddictServerAspNetCoreDefaults.AuthenticationScheme);
            var user = granted.Principal?.GetClaim(Claims.Subject) is { } subject ? await users.FindByIdAsync(subject) : null;
            if (granted.Principal is null || user is null || await users.IsLockedOutAsync(user))
            {
                return OAuthResults.Error(Errors.InvalidGrant, "The user no longer exists or may not sign in.");
            }

            // Rebuilt from the database so that a refresh picks up changed memberships.
            var principal = await principals.CreateAsync(user, granted.Principal.GetScopes(), cancellationToken);
            principal.SetAuthorizationId(granted.Principal.GetAuthorizationId());
            return OAuthResults.SignIn(principal);
        }

        return OAuthResults.Error(Errors.UnsupportedGrantType, "This grant type is not supported.");
    }
}
