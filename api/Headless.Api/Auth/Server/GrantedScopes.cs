using static OpenIddict.Abstractions.OpenIddictConstants;

namespace Headless.Api.Auth.Server;

/// <summary>The scopes a token may carry: what was asked for, within what the grant allows.</summary>
internal static class GrantedScopes
{
    private static readonly string[] UserScopes = [Scopes.OpenId, Scopes.Profile, Scopes.Email, Scopes.OfflineAccess, HeadlessClaims.ApiScope];

    /// <summary>Users get what they asked for; the API scope always, since using the API is the point.</summary>
    public static IEnumerable<string> ForUser(IEnumerable<string> requested) =>
        requested.Intersect(UserScopes, StringComparer.Ordinal).Append(HeadlessClaims.ApiScope).Distinct(StringComparer.Ordinal);

    /// <summary>Partner systems act through the API only.</summary>
    public static IEnumerable<string> ForClient() => [HeadlessClaims.ApiScope];
}
