using System.Net;
using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using Headless.Auth.Tests.Support;
using Headless.Api.Auth;
using Headless.Api.Hosting;
using Headless.Api.RateLimiting;
using Headless.Data;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Options;

namespace Headless.Auth.Tests.Startup;

public sealed class StartupTests
{
    [Fact]
    public async Task Production_refuses_to_start_without_certificates_and_names_the_missing_settings()
    {
        var failure = await ProductionStartFailureAsync([]);

        Assert.Contains("Auth:SigningCertificate:Path is required outside Development", failure.Message, StringComparison.Ordinal);
        Assert.Contains("Auth:EncryptionCertificate:Path is required outside Development", failure.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Production_refuses_the_demo_identities()
    {
        var failure = await ProductionStartFailureAsync(new()
        {
            ["Auth:Demo:Enabled"] = "true",
            ["Auth:Demo:Password"] = "Demo-Password-2026",
            ["Auth:Demo:ClientSecret"] = "demo-secret",
        });

        Assert.Contains("Auth:Demo:Enabled is refused in the Production environment", failure.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Production_signs_tokens_with_the_configured_certificate()
    {
        var folder = Directory.CreateTempSubdirectory("headless-certs-");
        try
        {
            var signing = WriteCertificate(folder.FullName, "signing.pfx", "CN=Headless signing", "s3cret");
            var encryption = WriteCertificate(folder.FullName, "encryption.pfx", "CN=Headless encryption", "s3cret");
            await using var api = HeadlessApiFactoryIn("Production", new()
            {
                ["Auth:SigningCertificate:Path"] = signing.Path,
                ["Auth:SigningCertificate:Password"] = "s3cret",
                ["Auth:EncryptionCertificate:Path"] = encryption.Path,
                ["Auth:EncryptionCertificate:Password"] = "s3cret",
            });

            using var response = await api.CreateClient(new() { BaseAddress = new Uri("https://localhost") }).GetAsync("/.well-known/jwks");

            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            Assert.Contains(signing.Thumbprint, await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }

    /// <summary>
    /// Starts the host in Production with the same registrations as Program.cs and returns why it refused.
    /// Built directly rather than through WebApplicationFactory, whose deferred host can report a failed
    /// start as a disposed service provider instead of the start's own exception.
    /// </summary>
    private static async Task<OptionsValidationException> ProductionStartFailureAsync(Dictionary<string, string?> settings)
    {
        var database = Path.Combine(Path.GetTempPath(), $"headless-start-{Guid.NewGuid():N}.db");
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions { EnvironmentName = "Production" });
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>(settings)
        {
            ["Database:Provider"] = "Sqlite",
            ["Database:ConnectionString"] = $"Data Source={database};Pooling=False",
            ["Ingestion:Enabled"] = "false",
        });
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.AddHeadlessData();
        builder.AddHeadlessCors();
        builder.AddHeadlessAuth();
        builder.AddHeadlessRateLimiting();
        builder.AddHeadlessGraphQL();
        builder.AddHeadlessIngestion();
        await using var app = builder.Build();
        try
        {
            return await Assert.ThrowsAsync<OptionsValidationException>(() => app.StartAsync());
        }
        finally
        {
            File.Delete(database);
        }
    }

    private static Api.Tests.Infrastructure.HeadlessApiFactory HeadlessApiFactoryIn(string environment, Dictionary<string, string?>? settings = null)
    {
        var all = new Dictionary<string, string?>(settings ?? []) { ["environment"] = environment };
        return Api.Tests.Infrastructure.HeadlessApiFactory.OnSqlite(all);
    }

    /// <summary>A self-signed RSA certificate as a PFX file; returns its path and its base64url SHA-1 thumbprint (the JWKS x5t).</summary>
    private static (string Path, string Thumbprint) WriteCertificate(string folder, string name, string subject, string password)
    {
        using var key = RSA.Create(2048);
        var request = new CertificateRequest(subject, key, HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1);
        request.CertificateExtensions.Add(new X509KeyUsageExtension(X509KeyUsageFlags.DigitalSignature | X509KeyUsageFlags.KeyEncipherment, critical: true));
        // Valid at the host's fixed clock, which the server checks certificates against.
        var now = new DateTimeOffset(Api.Tests.Infrastructure.HeadlessApiFactory.Now);
        using var certificate = request.CreateSelfSigned(now.AddDays(-1), now.AddYears(1));
        var path = System.IO.Path.Combine(folder, name);
        File.WriteAllBytes(path, certificate.Export(X509ContentType.Pfx, password));
        return (path, System.Buffers.Text.Base64Url.EncodeToString(certificate.GetCertHash()));
    }
}
