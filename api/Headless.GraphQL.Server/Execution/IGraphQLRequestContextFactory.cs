using System.Security.Claims;
using Microsoft.AspNetCore.Http;

namespace Headless.GraphQL.Server.Execution;

/// <summary>
/// Builds the user context handed to resolvers for one request, and says which users see the same
/// data. Optional: without a registration every request gets an empty dictionary and every
/// authenticated user is kept apart.
/// </summary>
public interface IGraphQLRequestContextFactory
{
    /// <summary>
    /// Called once per operation. Over WebSocket, <see cref="HttpContext.User"/> is already the
    /// principal accepted at <c>connection_init</c>.
    /// </summary>
    ValueTask<IDictionary<string, object?>> CreateUserContextAsync(HttpContext http, CancellationToken ct);

    /// <summary>
    /// Users with the same key see exactly the same results, so their identical subscriptions share
    /// one execution. Override to group users (e.g. by tenant and role); never group users who
    /// may see different data.
    /// </summary>
    string GetVisibilityKey(ClaimsPrincipal user) => VisibilityKeys.PerUser(user);
}
