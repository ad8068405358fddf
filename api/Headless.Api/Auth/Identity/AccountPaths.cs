namespace Headless.Api.Auth.Identity;

/// <summary>The server-rendered account pages, the only pages besides /connect/authorize that use the sign-in cookie.</summary>
internal static class AccountPaths
{
    public const string Login = "/account/login";
    public const string Logout = "/account/logout";
}
