using System.Threading.RateLimiting;
using static OpenIddict.Abstractions.OpenIddictConstants;

namespace Headless.Api.RateLimiting;

/// <summary>Which budget a request spends: its caller's on /graphql, its IP address's on /connect/token, none elsewhere.</summary>
public static class RateLimitPartitions
{
    public const string GraphQLPath = "/graphql";
    public const string TokenPath = "/connect/token";

    internal static PartitionedRateLimiter<HttpContext> Create(RateLimitingOptions options) =>
        PartitionedRateLimiter.Create<HttpContext, string>(http =>
        {
            var path = http.Request.Path;
            if (path.StartsWithSegments(GraphQLPath))
            {
                return RateLimitPartition.GetFixedWindowLimiter("graphql|" + CallerOf(http), _ => WindowOf(options.GraphQL));
            }

            return path.StartsWithSegments(TokenPath)
                ? RateLimitPartition.GetFixedWindowLimiter("token|" + AddressOf(http), _ => WindowOf(options.Token))
                : RateLimitPartition.GetNoLimiter(string.Empty);
        });

    /// <summary>The validated token's client or user (set by the bearer guard), else the IP address.</summary>
    private static string CallerOf(HttpContext http)
    {
        var subject = http.User.FindFirst(Claims.Subject)?.Value;
        var clientId = http.User.FindFirst(Claims.ClientId)?.Value;
        if (subject is null)
        {
            return AddressOf(http);
        }

        return subject == clientId ? "client:" + clientId : "user:" + subject;
    }

    private static string AddressOf(HttpContext http) => "ip:" + (http.Connection.RemoteIpAddress?.ToString() ?? "unknown");

    private static FixedWindowRateLimiterOptions WindowOf(RateLimitRule rule) => new()
    {
        PermitLimit = rule.PermitLimit,
        Window = rule.Window,
        QueueLimit = 0,
        AutoReplenishment = true,
    };
}
