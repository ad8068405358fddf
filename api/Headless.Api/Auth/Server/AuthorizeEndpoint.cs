using Headless.Data.Identity;
using Microsoft.AspNetCore;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Identity;
using OpenIddict.Abstractions;
using static OpenIddict.Abstractions.OpenIddictConstants;

namespace Headless.Api.Auth.Server;

/// <summary>
/// <c>/connect/authorize</c> after OpenIddict validated the request (client, redirect URI, PKCE):
/// signs the user in through the login page's cookie, then issues the code. Front ends are
/// first-party, so there is no consent screen.
/// </summary>
internal static class AuthorizeEndpoint
{
    private static readonly string[] CookieScheme = [IdentityConstants.ApplicationScheme];

    public static async Task<IResult> HandleAsync(
        HttpContext http,
        UserManager<HeadlessUser> users,
        UserPrincipalFactory principals,
        CancellationToken cancellationToken)
    {
        var request = http.GetOpenIddictServerRequest() ?? throw new InvalidOperationException("Not an OpenID Connect request.");
        var session = await http.AuthenticateAsync(IdentityConstants.ApplicationScheme);
        var user = session.Succeeded ? await users.GetUserAsync(session.Principal) : null;
        if (user is null || await users.IsLockedOutAsync(user))
        {
            if (request.HasPromptValue(PromptValues.None))
            {
                return OAuthResults.Error(Errors.LoginRequired, "The user is not signed in.");
            }

            // Back here, with the same parameters, once the login page has set the cookie.
            var parameters = http.Request.HasFormContentType ? [.. http.Request.Form] : http.Request.Query.ToList();
            var returnUrl = http.Request.PathBase + http.Request.Path + QueryString.Create(parameters);
            return Results.Challenge(new AuthenticationProperties { RedirectUri = returnUrl }, CookieScheme);
        }

        var principal = await principals.CreateAsync(user, GrantedScopes.ForUser(request.GetScopes()), cancellationToken);
        return OAuthResults.SignIn(principal);
    }
}
