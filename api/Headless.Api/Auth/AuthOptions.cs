namespace Headless.Api.Auth;

/// <summary>The <c>Auth</c> configuration section: token lifetimes, keys and the demo identities.</summary>
public sealed class AuthOptions
{
    public const string Section = "Auth";

    /// <summary>Partners read access tokens themselves, so they stay short-lived.</summary>
    public TimeSpan AccessTokenLifetime { get; set; } = TimeSpan.FromMinutes(15);

    public TimeSpan RefreshTokenLifetime { get; set; } = TimeSpan.FromDays(14);

    /// <summary>
    /// How long a redeemed refresh token may still be used (for clients that retry after a lost
    /// response). Zero by default: a used refresh token is rejected and its whole chain revoked.
    /// </summary>
    public TimeSpan RefreshTokenReuseLeeway { get; set; } = TimeSpan.Zero;

    /// <summary>The issuer URI; derived from each request when empty.</summary>
    public Uri? Issuer { get; set; }

    /// <summary>PFX signing tokens; required outside Development and Testing.</summary>
    public CertificateOptions SigningCertificate { get; set; } = new();

    /// <summary>PFX protecting authorization codes and refresh tokens; required outside Development and Testing.</summary>
    public CertificateOptions EncryptionCertificate { get; set; } = new();

    public DemoIdentityOptions Demo { get; set; } = new();

    /// <summary>
    /// Set to true only behind a proxy that terminates TLS and forwards plain HTTP on a private
    /// network; the identity endpoints otherwise require HTTPS outside Development and Testing.
    /// </summary>
    public bool TlsTerminatedByProxy { get; set; }
}
