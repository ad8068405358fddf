using Headless.Domain.ApiClients;
using OpenIddict.Abstractions;
using static OpenIddict.Abstractions.OpenIddictConstants;

namespace Headless.Api.Auth.Clients;

/// <summary>The OAuth application registered for each kind of client, with only the permissions it needs.</summary>
internal static class ApplicationDescriptors
{
    public static OpenIddictApplicationDescriptor For(ApiClient client, string? secret)
    {
        ArgumentNullException.ThrowIfNull(client);
        return client.Kind == ApiClientKind.Confidential
            ? Confidential(client.ClientId, client.Name, secret ?? throw new ArgumentNullException(nameof(secret)))
            : Public(client.ClientId, client.Name, client.RedirectUris);
    }

    /// <summary>A partner system: client credentials, and introspection and revocation of its own tokens.</summary>
    public static OpenIddictApplicationDescriptor Confidential(string clientId, string name, string secret)
    {
        var descriptor = new OpenIddictApplicationDescriptor
        {
            ClientId = clientId,
            ClientSecret = secret,
            ClientType = ClientTypes.Confidential,
            DisplayName = name,
        };
        descriptor.Permissions.UnionWith(
        [
            Permissions.Endpoints.Token,
            Permissions.Endpoints.Introspection,
            Permissions.Endpoints.Revocation,
            Permissions.GrantTypes.ClientCredentials,
            Permissions.Prefixes.Scope + HeadlessClaims.ApiScope,
        ]);
        return descriptor;
    }

    /// <summary>A front end: authorization code with PKCE and refresh tokens, no secret.</summary>
    public static OpenIddictApplicationDescriptor Public(string clientId, string name, IEnumerable<string> redirectUris)
    {
        var descriptor = new OpenIddictApplicationDescriptor
        {
            ClientId = clientId,
            ClientType = ClientTypes.Public,
            ConsentType = ConsentTypes.Implicit,
            DisplayName = name,
        };
        foreach (var uri in redirectUris.Select(u => new Uri(u, UriKind.Absolute)))
        {
            descriptor.RedirectUris.Add(uri);

            // After signing out, the user lands on the front end's home page.
            descriptor.PostLogoutRedirectUris.Add(new Uri(uri, "/"));
        }

        descriptor.Permissions.UnionWith(
        [
            Permissions.Endpoints.Authorization,
            Permissions.Endpoints.Token,
            Permissions.Endpoints.EndSession,
            Permissions.Endpoints.Revocation,
            Permissions.GrantTypes.AuthorizationCode,
            Permissions.GrantTypes.RefreshToken,
            Permissions.ResponseTypes.Code,
            Permissions.Scopes.Profile,
            Permissions.Scopes.Email,
            Permissions.Prefixes.Scope + HeadlessClaims.ApiScope,
        ]);
        descriptor.Requirements.Add(Requirements.Features.ProofKeyForCodeExchange);
        return descriptor;
    }
}
