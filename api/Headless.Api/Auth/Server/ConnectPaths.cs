namespace Headless.Api.Auth.Server;

/// <summary>The OAuth 2.0 / OpenID Connect endpoints (discovery and JWKS are served under /.well-known).</summary>
internal static class ConnectPaths
{
    public const string Authorize = "connect/authorize";
    public const string Token = "connect/token";
    public const string Introspect = "connect/introspect";
    public const string Revoke = "connect/revoke";
    public const string Logout = "connect/logout";
    public const string UserInfo = "connect/userinfo";
}
