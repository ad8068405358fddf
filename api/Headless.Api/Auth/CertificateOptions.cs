namespace Headless.Api.Auth;

/// <summary>A PKCS#12 (PFX) file and its password.</summary>
public sealed class CertificateOptions
{
    public string? Path { get; set; }

    public string? Password { get; set; }
}
