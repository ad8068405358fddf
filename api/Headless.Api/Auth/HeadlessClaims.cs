namespace Headless.Api.Auth;

/// <summary>The claims, scope and audience Headless adds to the standard ones.</summary>
public static class HeadlessClaims
{
    /// <summary>One per membership: <c>{ngoId:N}:{ROLE}</c>, e.g. <c>3f2b…9c:EDITOR</c>.</summary>
    public const string NgoRole = "hlx_ngo_role";

    /// <summary><c>true</c> for platform administrators; absent otherwise.</summary>
    public const string PlatformAdmin = "hlx_platform_admin";

    /// <summary>The audience of every access token Headless issues.</summary>
    public const string Audience = "headless-api";

    /// <summary>The scope that grants access to the GraphQL API.</summary>
    public const string ApiScope = "api";
}
