using System.Net;
using Headless.Data.Identity;
using Microsoft.AspNetCore.WebUtilities;

namespace Headless.Auth.Tests.Support;

/// <summary>The OAuth flows, driven over HTTP like a partner system or a front end would.</summary>
public static class Flows
{
    public const string RedirectUri = "https://app.example.org/callback";

    public const string Scope = "openid profile email offline_access api";

    public static Task<OAuthResponse> ClientCredentialsAsync(this AuthApi api, string clientId, string secret)
    {
        ArgumentNullException.ThrowIfNull(api);
        return OAuthResponse.PostFormAsync(api.Browser(), "/connect/token",
            ("grant_type", "client_credentials"), ("client_id", clientId), ("client_secret", secret));
    }

    /// <summary>The authorize URL of a code request, with a PKCE challenge unless <paramref name="challenge"/> is null.</summary>
    public static string AuthorizeUrl(string clientId, string? challenge, string state = "xyz")
    {
        var query = new Dictionary<string, string?>
        {
            ["client_id"] = clientId,
            ["redirect_uri"] = RedirectUri,
            ["response_type"] = "code",
            ["scope"] = Scope,
            ["state"] = state,
        };
        if (challenge is not null)
        {
            query["code_challenge"] = challenge;
            query["code_challenge_method"] = "S256";
        }

        return QueryHelpers.AddQueryString("/connect/authorize", query);
    }

    /// <summary>Authorize → login page → back to authorize → the code in the redirect to the front end.</summary>
    public static async Task<string> CodeAsync(HttpClient browser, string clientId, string email, string password, string challenge)
    {
        ArgumentNullException.ThrowIfNull(browser);
        using var toLogin = await browser.GetAsync(AuthorizeUrl(clientId, challenge));
        Assert.Equal(HttpStatusCode.Redirect, toLogin.StatusCode);
        Assert.StartsWith("/account/login", toLogin.Headers.Location!.PathAndQuery, StringComparison.Ordinal);

        var form = await LoginForm.OpenAsync(browser, toLogin.Headers.Location.PathAndQuery);
        using var signedIn = await LoginForm.SubmitAsync(browser, form, email, password);
        Assert.Equal(HttpStatusCode.Redirect, signedIn.StatusCode);

        using var toFrontEnd = await browser.GetAsync(signedIn.Headers.Location);
        Assert.Equal(HttpStatusCode.Redirect, toFrontEnd.StatusCode);
        var callback = toFrontEnd.Headers.Location!;
        Assert.StartsWith(RedirectUri, callback.GetLeftPart(UriPartial.Path), StringComparison.Ordinal);
        var parameters = QueryHelpers.ParseQuery(callback.Query);
        Assert.Equal("xyz", parameters["state"].ToString());
        return parameters["code"].ToString();
    }

    public static Task<OAuthResponse> ExchangeCodeAsync(this AuthApi api, string clientId, string code, string verifier)
    {
        ArgumentNullException.ThrowIfNull(api);
        return OAuthResponse.PostFormAsync(api.Browser(), "/connect/token",
            ("grant_type", "authorization_code"), ("client_id", clientId), ("code", code), ("redirect_uri", RedirectUri), ("code_verifier", verifier));
    }

    public static Task<OAuthResponse> RefreshAsync(this AuthApi api, string clientId, string refreshToken)
    {
        ArgumentNullException.ThrowIfNull(api);
        return OAuthResponse.PostFormAsync(api.Browser(), "/connect/token",
            ("grant_type", "refresh_token"), ("client_id", clientId), ("refresh_token", refreshToken));
    }

    /// <summary>The whole code flow for <paramref name="user"/> through a fresh browser; returns the token response.</summary>
    public static async Task<OAuthResponse> SignInAsync(this AuthApi api, string clientId, HeadlessUser user)
    {
        ArgumentNullException.ThrowIfNull(api);
        ArgumentNullException.ThrowIfNull(user);
        var verifier = Pkce.NewVerifier();
        var code = await CodeAsync(api.Browser(), clientId, user.Email!, Identities.Password, Pkce.ChallengeOf(verifier));
        var tokens = await api.ExchangeCodeAsync(clientId, code, verifier);
        Assert.True(tokens.Status == HttpStatusCode.OK, tokens.Body.ToJsonString());
        return tokens;
    }
}
