using System.Security.Claims;
using OpenIddict.Abstractions;
using static OpenIddict.Abstractions.OpenIddictConstants;

namespace Headless.Api.Auth.Server;

/// <summary>
/// Where each claim goes. Access tokens carry everything the API needs; identity tokens carry the
/// profile and e-mail only when those scopes were granted; anything else is never issued.
/// </summary>
internal static class ClaimDestinations
{
    public static void Apply(ClaimsPrincipal principal)
    {
        principal.SetDestinations(claim => For(claim, principal));
    }

    private static string[] For(Claim claim, ClaimsPrincipal principal) => claim.Type switch
    {
        Claims.Subject => [Destinations.AccessToken, Destinations.IdentityToken],
        Claims.Name when principal.HasScope(Scopes.Profile) => [Destinations.AccessToken, Destinations.IdentityToken],
        Claims.Email when principal.HasScope(Scopes.Email) => [Destinations.AccessToken, Destinations.IdentityToken],
        Claims.Name or Claims.Email or Claims.ClientId => [Destinations.AccessToken],
        HeadlessClaims.NgoRole or HeadlessClaims.PlatformAdmin => [Destinations.AccessToken],
        _ => [],
    };
}
