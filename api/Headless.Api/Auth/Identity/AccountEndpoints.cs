using System.Text;
using Headless.Data.Identity;
using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Identity;

namespace Headless.Api.Auth.Identity;

/// <summary>The login and logout pages: plain HTML forms protected by an antiforgery token.</summary>
internal static class AccountEndpoints
{
    public const string InvalidCredentials = "Invalid e-mail or password.";

    public static readonly string LockedOut =
        $"This account is locked after {IdentitySetup.MaxFailedAttempts} failed attempts. Try again in {IdentitySetup.LockoutDuration.TotalMinutes:0} minutes.";

    public static IEndpointRouteBuilder MapAccountEndpoints(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet(AccountPaths.Login, (HttpContext http, IAntiforgery antiforgery, string? returnUrl) =>
            Page(http, LoginPage.LoginForm(antiforgery.GetAndStoreTokens(http).RequestToken!, LocalUrl.OrNull(returnUrl), null, null)));
        endpoints.MapPost(AccountPaths.Login, LoginAsync);
        endpoints.MapGet(AccountPaths.Logout, (HttpContext http, IAntiforgery antiforgery) =>
            Page(http, LoginPage.LogoutForm(antiforgery.GetAndStoreTokens(http).RequestToken!)));
        endpoints.MapPost(AccountPaths.Logout, LogoutAsync);
        return endpoints;
    }

    private static async Task<IResult> LoginAsync(
        HttpContext http, IAntiforgery antiforgery, UserManager<HeadlessUser> users, SignInManager<HeadlessUser> signIn)
    {
        if (!await antiforgery.IsRequestValidAsync(http))
        {
            return Page(http, LoginPage.FormExpired(), StatusCodes.Status400BadRequest);
        }

        var form = await http.Request.ReadFormAsync(http.RequestAborted);
        var email = form["email"].ToString().Trim();
        var returnUrl = LocalUrl.OrNull(form["returnUrl"]);
        var user = email.Length == 0 ? null : await users.FindByEmailAsync(email);
        var result = user is null ? SignInResult.Failed : await signIn.CheckPasswordSignInAsync(user, form["password"].ToString(), lockoutOnFailure: true);
        if (!result.Succeeded)
        {
            var token = antiforgery.GetAndStoreTokens(http).RequestToken!;
            return Page(http, LoginPage.LoginForm(token, returnUrl, email, result.IsLockedOut ? LockedOut : InvalidCredentials));
        }

        await signIn.SignInAsync(user!, isPersistent: false);
        return returnUrl is null ? Page(http, LoginPage.SignedIn(user!.DisplayName)) : Results.LocalRedirect(returnUrl);
    }

    private static async Task<IResult> LogoutAsync(HttpContext http, IAntiforgery antiforgery)
    {
        if (!await antiforgery.IsRequestValidAsync(http))
        {
            return Page(http, LoginPage.FormExpired(), StatusCodes.Status400BadRequest);
        }

        await http.SignOutAsync(IdentityConstants.ApplicationScheme);
        return Page(http, LoginPage.SignedOut());
    }

    private static IResult Page(HttpContext http, string html, int statusCode = StatusCodes.Status200OK)
    {
        // Never framed (clickjacking) and never cached (the form carries a one-use token).
        http.Response.Headers.XFrameOptions = "DENY";
        http.Response.Headers.ContentSecurityPolicy = "default-src 'none'; style-src 'unsafe-inline'; frame-ancestors 'none'";
        http.Response.Headers.CacheControl = "no-store";
        return Results.Content(html, "text/html", Encoding.UTF8, statusCode);
    }
}
