using Microsoft.AspNetCore.Authentication;
using OpenIddict.Server.AspNetCore;

namespace Headless.Api.Auth.Server;

/// <summary>Results the OpenIddict server turns into standard OAuth 2.0 responses.</summary>
internal static class OAuthResults
{
    private static readonly string[] ServerScheme = [OpenIddictServerAspNetCoreDefaults.AuthenticationScheme];

    public static IResult SignIn(System.Security.Claims.ClaimsPrincipal principal) =>
        Results.SignIn(principal, properties: null, OpenIddictServerAspNetCoreDefaults.AuthenticationScheme);

    /// <summary>An OAuth error (<c>invalid_grant</c>, <c>invalid_client</c>…) with a description for the developer.</summary>
    public static IResult Error(string error, string description) =>
        Results.Forbid(
            new AuthenticationProperties(new Dictionary<string, string?>
            {
                [OpenIddictServerAspNetCoreConstants.Properties.Error] = error,
                [OpenIddictServerAspNetCoreConstants.Properties.ErrorDescription] = description,
            }),
            ServerScheme);
}
