using System.Globalization;
using System.Text.Json;
using System.Threading.RateLimiting;
using Microsoft.AspNetCore.RateLimiting;

namespace Headless.Api.RateLimiting;

/// <summary>429 with <c>Retry-After</c>, and a body in the caller's own error format (GraphQL or OAuth).</summary>
internal static class RateLimitRejection
{
    public static async ValueTask WriteAsync(OnRejectedContext context, RateLimitingOptions options, CancellationToken cancellationToken)
    {
        var http = context.HttpContext;
        var isGraphQL = http.Request.Path.StartsWithSegments(RateLimitPartitions.GraphQLPath);
        var retryAfter = context.Lease.TryGetMetadata(MetadataName.RetryAfter, out var wait)
            ? wait
            : (isGraphQL ? options.GraphQL : options.Token).Window;
        var seconds = Math.Max(1, (int)Math.Ceiling(retryAfter.TotalSeconds));
        const string message = "Too many requests; retry after the number of seconds in Retry-After.";

        http.Response.StatusCode = StatusCodes.Status429TooManyRequests;
        http.Response.Headers.RetryAfter = seconds.ToString(CultureInfo.InvariantCulture);
        http.Response.ContentType = "application/json";
        object body = isGraphQL
            ? new { errors = new[] { new { message, extensions = new { code = "RATE_LIMITED", retryAfterSeconds = seconds } } } }
            : new { error = "rate_limited", error_description = message, retry_after = seconds };
        await JsonSerializer.SerializeAsync(http.Response.Body, body, body.GetType(), cancellationToken: cancellationToken);
    }
}
