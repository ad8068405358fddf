namespace Headless.Domain.ApiClients;

public enum ApiClientKind
{
    /// <summary>A partner system: client credentials with a secret.</summary>
    Confidential,

    /// <summary>A front end: authorization code with PKCE, no secret.</summary>
    Public,
}
