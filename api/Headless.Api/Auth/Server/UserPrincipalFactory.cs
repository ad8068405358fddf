using System.Security.Claims;
using Headless.Data;
using Headless.Data.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.IdentityModel.Tokens;
using OpenIddict.Abstractions;
using static OpenIddict.Abstractions.OpenIddictConstants;

namespace Headless.Api.Auth.Server;

/// <summary>
/// The principal of a signed-in user, with one role claim per membership read when the token is
/// issued: a refreshed token reflects the memberships of that moment.
/// </summary>
internal sealed class UserPrincipalFactory(HeadlessDbContext db)
{
    public async Task<ClaimsPrincipal> CreateAsync(HeadlessUser user, IEnumerable<string> scopes, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(user);
        var memberships = await db.Memberships.AsNoTracking()
            .Where(m => m.UserId == user.Id)
            .Select(m => new { m.NgoId, m.Role })
            .ToListAsync(cancellationToken);

        var identity = new ClaimsIdentity(TokenValidationParameters.DefaultAuthenticationType, Claims.Name, Claims.Role);
        identity.SetClaim(Claims.Subject, user.Id.ToString())
            .SetClaim(Claims.Name, string.IsNullOrWhiteSpace(user.DisplayName) ? user.UserName : user.DisplayName)
            .SetClaim(Claims.Email, user.Email)
            .SetClaims(HeadlessClaims.NgoRole, [.. memberships.Select(m => NgoRoleClaim.Format(m.NgoId, m.Role))]);
        if (user.IsPlatformAdmin)
        {
            identity.AddClaim(new Claim(HeadlessClaims.PlatformAdmin, "true", ClaimValueTypes.Boolean));
        }

        var principal = new ClaimsPrincipal(identity);
        principal.SetScopes(scopes);
        principal.SetResources(HeadlessClaims.Audience);
        ClaimDestinations.Apply(principal);
        return principal;
    }
}
