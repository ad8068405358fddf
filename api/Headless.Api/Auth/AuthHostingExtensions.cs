using Headless.Api.Auth.Clients;
using Headless.Api.Auth.Demo;
using Headless.Api.Auth.Identity;
using Headless.Api.Auth.Server;
using Headless.Api.Auth.Viewers;
using Headless.Api.Hosting;
using Headless.Api.RateLimiting;
using Headless.GraphQL.Server.Execution;
using Headless.Schema.Access;
using Microsoft.Extensions.Options;

namespace Headless.Api.Auth;

public static class AuthHostingExtensions
{
    /// <summary>
    /// The identity server from the <c>Auth</c> section: users (ASP.NET Core Identity), the OAuth 2.0 /
    /// OpenID Connect server and its token validation (OpenIddict), the GraphQL viewer, client
    /// provisioning and, in Development, the demo identities.
    /// </summary>
    public static IHostApplicationBuilder AddHeadlessAuth(this IHostApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        var services = builder.Services;
        services.AddOptions<AuthOptions>().Bind(builder.Configuration.GetSection(AuthOptions.Section)).ValidateOnStart();
        services.AddSingleton<IValidateOptions<AuthOptions>, AuthOptionsValidator>();
        services.AddHeadlessIdentity();
        services.AddHeadlessOpenIddict();
        services.AddScoped<UserPrincipalFactory>();
        services.AddScoped<ApiClientProvisioner>();
        services.AddScoped<IApiClientProvisioner>(sp => sp.GetRequiredService<ApiClientProvisioner>());
        services.AddScoped<IUserDirectory, UserDirectory>();
        services.AddSingleton<IGraphQLRequestContextFactory, ViewerRequestContextFactory>();
        services.AddSingleton<DemoIdentitySeeder>();
        services.AddHostedService<DemoIdentityStartup>();
        return builder;
    }

    /// <summary>
    /// In this order: CORS for the front ends (single-page apps call the token, revocation and
    /// userinfo endpoints from the browser, and must be able to read a 401 or 429), the rate limit of /connect/token, the OpenIddict server and validation, bearer
    /// authentication of /graphql (401 for a bad token), the rate limit of /graphql (partitioned on
    /// that token's caller), then the account and connect endpoints. Call before the GraphQL endpoint is mapped.
    /// </summary>
    public static WebApplication MapHeadlessAuth(this WebApplication app)
    {
        ArgumentNullException.ThrowIfNull(app);
        app.UseCors(CorsHostingExtensions.FrontEndsPolicy);
        app.UseHeadlessRateLimiting(RateLimitPartitions.TokenPath);
        app.UseAuthentication();
        app.UseMiddleware<BearerTokenGuard>();
        app.UseHeadlessRateLimiting(RateLimitPartitions.GraphQLPath);
        app.MapAccountEndpoints();
        app.MapConnectEndpoints();
        return app;
    }
}
