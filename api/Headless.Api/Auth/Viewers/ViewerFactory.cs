using System.Security.Claims;
using Headless.Domain.Members;
using Headless.Schema.Common;
using static OpenIddict.Abstractions.OpenIddictConstants;

namespace Headless.Api.Auth.Viewers;

/// <summary>
/// Turns a validated access-token principal into the <see cref="Viewer"/> resolvers check: the
/// user (<c>sub</c>) or partner system (<c>client_id</c>), its roles from the
/// <see cref="HeadlessClaims.NgoRole"/> claims, and platform administration.
/// </summary>
public static class ViewerFactory
{
    public static Viewer FromPrincipal(ClaimsPrincipal? principal)
    {
        if (principal?.Identity?.IsAuthenticated != true)
        {
            return Viewer.Anonymous;
        }

        var subject = principal.FindFirst(Claims.Subject)?.Value;
        var clientId = principal.FindFirst(Claims.ClientId)?.Value;

        // A partner system's token has the client as its subject; a user's has the user's id.
        Guid? userId = subject != clientId && Guid.TryParse(subject, out var id) ? id : null;
        if (userId is null && clientId is null)
        {
            return Viewer.Anonymous;
        }

        var roles = new Dictionary<Guid, MemberRole>();
        foreach (var claim in principal.FindAll(HeadlessClaims.NgoRole))
        {
            if (NgoRoleClaim.TryParse(claim.Value, out var ngoId, out var role) && (!roles.TryGetValue(ngoId, out var known) || role > known))
            {
                roles[ngoId] = role;
            }
        }

        var platformAdmin = userId is not null
            && string.Equals(principal.FindFirst(HeadlessClaims.PlatformAdmin)?.Value, "true", StringComparison.OrdinalIgnoreCase);
        return new Viewer(userId, clientId, roles, platformAdmin);
    }
}
