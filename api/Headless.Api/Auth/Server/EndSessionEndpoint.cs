using Headless.Api.Auth.Identity;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Identity;
using OpenIddict.Server.AspNetCore;

namespace Headless.Api.Auth.Server;

/// <summary>
/// <c>/connect/logout</c>: ends the login-page session; OpenIddict then redirects to the client's
/// registered post-logout URI, or to the login page when none was given.
/// </summary>
internal static class EndSessionEndpoint
{
    private static readonly string[] ServerScheme = [OpenIddictServerAspNetCoreDefaults.AuthenticationScheme];

    public static async Task<IResult> HandleAsync(HttpContext http)
    {
        await http.SignOutAsync(IdentityConstants.ApplicationScheme);
        return Results.SignOut(new AuthenticationProperties { RedirectUri = AccountPaths.Login }, ServerScheme);
    }
}
