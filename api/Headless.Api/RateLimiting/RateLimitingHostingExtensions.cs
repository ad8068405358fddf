using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.Options;

namespace Headless.Api.RateLimiting;

public static class RateLimitingHostingExtensions
{
    /// <summary>Rate limits on /graphql and /connect/token from the <c>RateLimiting</c> section.</summary>
    public static IHostApplicationBuilder AddHeadlessRateLimiting(this IHostApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.Services.AddOptions<RateLimitingOptions>()
            .Bind(builder.Configuration.GetSection(RateLimitingOptions.Section))
            .Validate(o => o.GraphQL.IsValid, "RateLimiting:GraphQL needs a PermitLimit above 0 and a Window between 0 and one day.")
            .Validate(o => o.Token.IsValid, "RateLimiting:Token needs a PermitLimit above 0 and a Window between 0 and one day.")
            .ValidateOnStart();
        builder.Services.AddRateLimiter(_ => { });
        builder.Services.AddOptions<RateLimiterOptions>().Configure<IOptions<RateLimitingOptions>>((limiter, settings) =>
        {
            var options = settings.Value;
            limiter.GlobalLimiter = RateLimitPartitions.Create(options);
            limiter.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            limiter.OnRejected = (context, cancellationToken) => RateLimitRejection.WriteAsync(context, options, cancellationToken);
        });
        return builder;
    }

    /// <summary>
    /// Applies the limits to requests under <paramref name="path"/> only, so that each limit can sit at
    /// its own place in the pipeline: /connect/token before the server checks client secrets,
    /// /graphql after bearer authentication (whose caller it partitions on).
    /// </summary>
    public static IApplicationBuilder UseHeadlessRateLimiting(this IApplicationBuilder app, PathString path) =>
        app.UseWhen(http => http.Request.Path.StartsWithSegments(path), branch => branch.UseRateLimiter());
}
