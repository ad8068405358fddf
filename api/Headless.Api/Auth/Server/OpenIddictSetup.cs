using Headless.Data;
using Microsoft.Extensions.Options;
using OpenIddict.Server;
using OpenIddict.Server.AspNetCore;
using static OpenIddict.Abstractions.OpenIddictConstants;

namespace Headless.Api.Auth.Server;

internal static class OpenIddictSetup
{
    /// <summary>
    /// The authorization server (code + PKCE, client credentials, rolling refresh tokens) and the
    /// validation of its access tokens, both over the one database. Keys, lifetimes and transport
    /// rules are read from <see cref="AuthOptions"/> when first needed, after start-up validation.
    /// </summary>
    public static IServiceCollection AddHeadlessOpenIddict(this IServiceCollection services)
    {
        services.AddOpenIddict()
            .AddCore(core => core.UseEntityFrameworkCore().UseDbContext<HeadlessDbContext>().ReplaceDefaultEntities<Guid>())
            .AddServer(server =>
            {
                server.SetAuthorizationEndpointUris(ConnectPaths.Authorize)
                    .SetTokenEndpointUris(ConnectPaths.Token)
                    .SetIntrospectionEndpointUris(ConnectPaths.Introspect)
                    .SetRevocationEndpointUris(ConnectPaths.Revoke)
                    .SetEndSessionEndpointUris(ConnectPaths.Logout)
                    .SetUserInfoEndpointUris(ConnectPaths.UserInfo);
                server.AllowClientCredentialsFlow().AllowAuthorizationCodeFlow().AllowRefreshTokenFlow();
                server.RequireProofKeyForCodeExchange();
                server.RegisterScopes(Scopes.OpenId, Scopes.Profile, Scopes.Email, Scopes.OfflineAccess, HeadlessClaims.ApiScope);
                server.RegisterClaims(Claims.Subject, Claims.Name, Claims.Email, Claims.ClientId, HeadlessClaims.NgoRole, HeadlessClaims.PlatformAdmin);

                // Partners read the access token's claims themselves: signed, not encrypted.
                server.DisableAccessTokenEncryption();
                server.UseAspNetCore()
                    .EnableAuthorizationEndpointPassthrough()
                    .EnableTokenEndpointPassthrough()
                    .EnableEndSessionEndpointPassthrough()
                    .EnableUserInfoEndpointPassthrough();
            })
            .AddValidation(validation =>
            {
                validation.UseLocalServer();
                validation.UseAspNetCore();

                // Revoked tokens and authorizations stop working at once, not when they expire.
                validation.EnableTokenEntryValidation();
                validation.EnableAuthorizationEntryValidation();
                validation.AddAudiences(HeadlessClaims.Audience);
            });

        services.AddSingleton<IConfigureOptions<OpenIddictServerOptions>, ServerOptionsConfiguration>();
        services.AddOptions<OpenIddictServerAspNetCoreOptions>().Configure<IHostEnvironment, IOptions<AuthOptions>>((options, environment, auth) =>
            options.DisableTransportSecurityRequirement = AuthEnvironments.AllowsEphemeralKeys(environment) || auth.Value.TlsTerminatedByProxy);
        services.AddOptions<OpenIddict.Validation.AspNetCore.OpenIddictValidationAspNetCoreOptions>().Configure(options =>
            options.DisableAccessTokenExtractionFromQueryString = true);
        return services;
    }
}
