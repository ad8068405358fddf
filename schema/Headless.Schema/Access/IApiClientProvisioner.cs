using Headless.Domain.ApiClients;
using Headless.Domain.Members;

namespace Headless.Schema.Access;

/// <summary>
/// Registers and revokes OAuth clients for an NGO. Implemented by the host's authorization server,
/// which stores the client both as an <see cref="ApiClient"/> row and as an OAuth application.
/// </summary>
public interface IApiClientProvisioner
{
    /// <summary>A partner system (client credentials); the secret is returned once and never stored in clear.</summary>
    Task<ProvisionedClient> CreateConfidentialAsync(Guid ngoId, string name, MemberRole role, CancellationToken cancellationToken);

    /// <summary>A front end (authorization code + PKCE, no secret) with validated redirect URIs.</summary>
    Task<ProvisionedClient> CreatePublicAsync(Guid ngoId, string name, IReadOnlyList<string> redirectUris, CancellationToken cancellationToken);

    /// <summary>Revokes the client and every token issued to it.</summary>
    Task RevokeAsync(Guid apiClientId, CancellationToken cancellationToken);
}
