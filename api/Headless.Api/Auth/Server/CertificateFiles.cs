using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;

namespace Headless.Api.Auth.Server;

internal static class CertificateFiles
{
    /// <summary>Loads a PFX with its private key, or explains which setting is wrong.</summary>
    public static X509Certificate2 Load(CertificateOptions settings, string section)
    {
        if (string.IsNullOrWhiteSpace(settings.Path))
        {
            throw new InvalidOperationException($"{section}:Path is not set.");
        }

        // Keys stay in memory: nothing is written to the machine's key store.
        var flags = OperatingSystem.IsMacOS() ? X509KeyStorageFlags.DefaultKeySet : X509KeyStorageFlags.EphemeralKeySet;
        X509Certificate2 certificate;
        try
        {
            certificate = X509CertificateLoader.LoadPkcs12FromFile(settings.Path, settings.Password, flags);
        }
        catch (CryptographicException exception)
        {
            throw new InvalidOperationException($"{section}: '{settings.Path}' is not a PFX readable with {section}:Password.", exception);
        }

        if (!certificate.HasPrivateKey)
        {
            certificate.Dispose();
            throw new InvalidOperationException($"{section}: '{settings.Path}' holds no private key.");
        }

        return certificate;
    }
}
