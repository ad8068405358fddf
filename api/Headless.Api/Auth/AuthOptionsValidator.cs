using Microsoft.Extensions.Options;

namespace Headless.Api.Auth;

/// <summary>Fails start-up with the names of the settings to fix, rather than at the first token request.</summary>
internal sealed class AuthOptionsValidator(IHostEnvironment environment) : IValidateOptions<AuthOptions>
{
    public ValidateOptionsResult Validate(string? name, AuthOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var failures = new List<string>();
        if (options.AccessTokenLifetime < TimeSpan.FromSeconds(30) || options.AccessTokenLifetime > TimeSpan.FromDays(1))
        {
            failures.Add("Auth:AccessTokenLifetime must be between 00:00:30 and 1.00:00:00.");
        }

        if (options.RefreshTokenLifetime <= options.AccessTokenLifetime)
        {
            failures.Add("Auth:RefreshTokenLifetime must be longer than Auth:AccessTokenLifetime.");
        }

        if (options.RefreshTokenReuseLeeway < TimeSpan.Zero || options.RefreshTokenReuseLeeway > TimeSpan.FromMinutes(5))
        {
            failures.Add("Auth:RefreshTokenReuseLeeway must be between 00:00:00 and 00:05:00.");
        }

        var development = AuthEnvironments.AllowsEphemeralKeys(environment);
        if (!development)
        {
            RequireFile(options.SigningCertificate, "Auth:SigningCertificate", failures);
            RequireFile(options.EncryptionCertificate, "Auth:EncryptionCertificate", failures);
        }

        if (options.Demo.Enabled)
        {
            if (!development)
            {
                failures.Add($"Auth:Demo:Enabled is refused in the {environment.EnvironmentName} environment: demo credentials are public.");
            }

            if (string.IsNullOrWhiteSpace(options.Demo.Password) || string.IsNullOrWhiteSpace(options.Demo.ClientSecret))
            {
                failures.Add("Auth:Demo:Password and Auth:Demo:ClientSecret are required when Auth:Demo:Enabled is true.");
            }
        }

        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }

    private static void RequireFile(CertificateOptions certificate, string section, List<string> failures)
    {
        if (string.IsNullOrWhiteSpace(certificate.Path))
        {
            failures.Add($"{section}:Path is required outside Development (a PFX file; its password in {section}:Password).");
        }
        else if (!File.Exists(certificate.Path))
        {
            failures.Add($"{section}:Path points at '{certificate.Path}', which does not exist.");
        }
    }
}
