using System.Security.Claims;
using Headless.Domain.ApiClients;
using Microsoft.IdentityModel.Tokens;
using OpenIddict.Abstractions;
using static OpenIddict.Abstractions.OpenIddictConstants;

namespace Headless.Api.Auth.Server;

/// <summary>The principal of a partner system: the client itself, acting with its role in its NGO.</summary>
internal static class ClientPrincipalFactory
{
    public static ClaimsPrincipal Create(ApiClient client)
    {
        ArgumentNullException.ThrowIfNull(client);
        var identity = new ClaimsIdentity(TokenValidationParameters.DefaultAuthenticationType, Claims.Name, Claims.Role);
        identity.SetClaim(Claims.Subject, client.ClientId)
            .SetClaim(Claims.Name, client.Name)
            .SetClaim(Claims.ClientId, client.ClientId);

        // A revoked client is refused before it gets here; no role is ever issued for one.
        if (!client.IsRevoked)
        {
            identity.SetClaim(HeadlessClaims.NgoRole, NgoRoleClaim.Format(client.NgoId, client.Role));
        }

        var principal = new ClaimsPrincipal(identity);
        principal.SetScopes(GrantedScopes.ForClient());
        principal.SetResources(HeadlessClaims.Audience);
        ClaimDestinations.Apply(principal);
        return principal;
    }
}
