using Headless.Domain.Common;
using Headless.Domain.Members;

namespace Headless.Domain.ApiClients;

/// <summary>
/// An application registered by an NGO: a partner system acting with a role in that NGO
/// (client credentials), or a front end signing its users in (code + PKCE).
/// </summary>
public sealed class ApiClient : Entity
{
    private ApiClient()
    {
        Name = ClientId = string.Empty;
        RedirectUris = [];
    }

    public Guid NgoId { get; private set; }

    public string Name { get; private set; }

    /// <summary>The OAuth client_id.</summary>
    public string ClientId { get; private set; }

    public ApiClientKind Kind { get; private set; }

    /// <summary>The role a confidential client acts with in its NGO.</summary>
    public MemberRole Role { get; private set; }

    public List<string> RedirectUris { get; private set; }

    public DateTime CreatedAt { get; private set; }

    public DateTime? RevokedAt { get; private set; }

    public bool IsRevoked => RevokedAt is not null;

    public static ApiClient CreateConfidential(Guid ngoId, string name, MemberRole role, DateTime now)
    {
        if (role == MemberRole.Owner)
        {
            throw new DomainRuleException("role", "ROLE_NOT_ALLOWED", "An API client cannot be an owner.");
        }

        return new ApiClient
        {
            NgoId = ngoId,
            Name = Guard.Required(name, "name", 100),
            ClientId = "hlx_" + Guid.NewGuid().ToString("N"),
            Kind = ApiClientKind.Confidential,
            Role = role,
            CreatedAt = Guard.Utc(now, "now"),
        };
    }

    public static ApiClient CreatePublic(Guid ngoId, string name, IReadOnlyList<string> redirectUris, DateTime now)
    {
        var uris = RedirectUriRules.Validate(redirectUris);
        return new ApiClient
        {
            NgoId = ngoId,
            Name = Guard.Required(name, "name", 100),
            ClientId = "hlx_pub_" + Guid.NewGuid().ToString("N"),
            Kind = ApiClientKind.Public,
            Role = MemberRole.Viewer,
            RedirectUris = [.. uris],
            CreatedAt = Guard.Utc(now, "now"),
        };
    }

    public void Revoke(DateTime now)
    {
        if (RevokedAt is not null)
        {
            throw new DomainRuleException("clientId", "ALREADY_REVOKED", "The client was already revoked.");
        }

        RevokedAt = Guard.Utc(now, "now");
    }
}
