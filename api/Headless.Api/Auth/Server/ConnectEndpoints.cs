namespace Headless.Api.Auth.Server;

internal static class ConnectEndpoints
{
    private static readonly string[] GetAndPost = [HttpMethods.Get, HttpMethods.Post];

    /// <summary>The pass-through endpoints; OpenIddict answers discovery, JWKS, introspection and revocation itself.</summary>
    public static IEndpointRouteBuilder MapConnectEndpoints(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapMethods("/" + ConnectPaths.Authorize, GetAndPost, AuthorizeEndpoint.HandleAsync).ExcludeFromDescription();
        endpoints.MapPost("/" + ConnectPaths.Token, TokenEndpoint.HandleAsync).ExcludeFromDescription();
        endpoints.MapMethods("/" + ConnectPaths.Logout, GetAndPost, (Delegate)EndSessionEndpoint.HandleAsync).ExcludeFromDescription();
        endpoints.MapMethods("/" + ConnectPaths.UserInfo, GetAndPost, UserInfoEndpoint.HandleAsync).ExcludeFromDescription();
        return endpoints;
    }
}
