namespace Headless.Api.Hosting;

public static class CorsHostingExtensions
{
    public const string FrontEndsPolicy = "front-ends";

    /// <summary>
    /// CORS for the front ends listed in <c>Cors:AllowedOrigins</c>. Credentials are never allowed:
    /// /graphql authenticates by bearer token only, so a cookie can never be ridden across sites.
    /// </summary>
    public static IHostApplicationBuilder AddHeadlessCors(this IHostApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        var origins = builder.Configuration.GetSection("Cors:AllowedOrigins").Get<string[]>() ?? [];
        builder.Services.AddCors(options => options.AddPolicy(FrontEndsPolicy, policy =>
        {
            if (origins.Contains("*"))
            {
                policy.AllowAnyOrigin();
            }
            else
            {
                policy.WithOrigins(origins);
            }

            policy.WithMethods("GET", "POST").WithHeaders("Content-Type", "Accept", "Authorization")
                .WithExposedHeaders("WWW-Authenticate", "Retry-After")
                .SetPreflightMaxAge(TimeSpan.FromHours(1));
        }));
        return builder;
    }
}
