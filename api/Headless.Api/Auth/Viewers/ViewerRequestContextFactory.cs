using System.Security.Claims;
using Headless.GraphQL.Server.Execution;
using Headless.Schema.Common;
using Microsoft.AspNetCore.Authentication;
using OpenIddict.Validation.AspNetCore;

namespace Headless.Api.Auth.Viewers;

/// <summary>
/// Sets the request's <see cref="ViewerAccessor"/> from its bearer token before GraphQL executes.
/// Invalid tokens never get here: <see cref="BearerTokenGuard"/> answers them with 401 first.
/// </summary>
internal sealed class ViewerRequestContextFactory : IGraphQLRequestContextFactory
{
    /// <summary>The user-context key under which the viewer is also handed to resolvers.</summary>
    public const string ViewerKey = ViewerBinding.UserContextKey;

    public async ValueTask<IDictionary<string, object?>> CreateUserContextAsync(HttpContext http, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(http);
        var viewer = ViewerFactory.FromPrincipal(await PrincipalOfAsync(http));
        http.RequestServices.GetRequiredService<ViewerAccessor>().Viewer = viewer;
        return new Dictionary<string, object?> { [ViewerKey] = viewer };
    }

    /// <summary>Viewers with the same roles see the same data, so their subscriptions can share one execution.</summary>
    public string GetVisibilityKey(ClaimsPrincipal user) => ViewerFactory.FromPrincipal(user).VisibilityKey;

    private static async Task<ClaimsPrincipal?> PrincipalOfAsync(HttpContext http)
    {
        // Over WebSocket the principal is the one accepted at connection_init, not the upgrade request's.
        if (http.WebSockets.IsWebSocketRequest)
        {
            return http.User;
        }

        var result = await http.AuthenticateAsync(OpenIddictValidationAspNetCoreDefaults.AuthenticationScheme);
        return result.Succeeded ? result.Principal : null;
    }
}
