using Microsoft.Extensions.Options;
using Microsoft.IdentityModel.Tokens;
using OpenIddict.Server;
using System.Security.Cryptography;
using static OpenIddict.Abstractions.OpenIddictConstants;

namespace Headless.Api.Auth.Server;

/// <summary>
/// Applies <see cref="AuthOptions"/> to the server: throw-away RSA keys in Development and Testing,
/// the configured PFX certificates everywhere else, lifetimes and issuer.
/// </summary>
internal sealed class ServerOptionsConfiguration(IOptions<AuthOptions> auth, IHostEnvironment environment) : IConfigureOptions<OpenIddictServerOptions>
{
    public void Configure(OpenIddictServerOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var settings = auth.Value;
        options.AccessTokenLifetime = settings.AccessTokenLifetime;
        options.RefreshTokenLifetime = settings.RefreshTokenLifetime;
        options.RefreshTokenReuseLeeway = settings.RefreshTokenReuseLeeway;
        options.Issuer = settings.Issuer;

        // "plain" would send the verifier itself through the browser; only its hash may travel.
        options.CodeChallengeMethods.Remove(CodeChallengeMethods.Plain);

        if (AuthEnvironments.AllowsEphemeralKeys(environment))
        {
            options.SigningCredentials.Add(new SigningCredentials(new RsaSecurityKey(RSA.Create(2048)), SecurityAlgorithms.RsaSha256));
            options.EncryptionCredentials.Add(new EncryptingCredentials(
                new RsaSecurityKey(RSA.Create(2048)), SecurityAlgorithms.RsaOAEP, SecurityAlgorithms.Aes256CbcHmacSha512));
            return;
        }

        var signing = CertificateFiles.Load(settings.SigningCertificate, "Auth:SigningCertificate");
        options.SigningCredentials.Add(new SigningCredentials(new X509SecurityKey(signing), SecurityAlgorithms.RsaSha256));
        var encryption = CertificateFiles.Load(settings.EncryptionCertificate, "Auth:EncryptionCertificate");
        options.EncryptionCredentials.Add(new EncryptingCredentials(
            new X509SecurityKey(encryption), SecurityAlgorithms.RsaOAEP, SecurityAlgorithms.Aes256CbcHmacSha512));
    }
}
