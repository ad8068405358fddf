using System.Security.Claims;

namespace Headless.GraphQL.Server.Execution;

/// <summary>The default grouping of subscribers: anonymous callers together, everyone else alone.</summary>
public static class VisibilityKeys
{
    public const string Anonymous = "anonymous";

    public static string PerUser(ClaimsPrincipal user)
    {
        ArgumentNullException.ThrowIfNull(user);
        if (user.Identity?.IsAuthenticated != true)
        {
            return Anonymous;
        }

        var id = user.FindFirst(ClaimTypes.NameIdentifier)?.Value ?? user.FindFirst("sub")?.Value;

        // A signed-in user we cannot identify must never share results with anybody.
        return id is null ? "unidentified:" + Guid.NewGuid().ToString("N") : "user:" + id;
    }
}
