using System.Security.Cryptography;
using Headless.Data;
using Headless.Domain.ApiClients;
using Headless.Domain.Members;
using Headless.Schema.Access;
using Microsoft.EntityFrameworkCore;

namespace Headless.Mutations.Tests.Support;

/// <summary>
/// Stands in for the authorization server: stores the client row through a connection of its own and
/// issues a random secret, as the real provisioner does (without the OAuth application).
/// </summary>
public sealed class InDatabaseApiClientProvisioner(HeadlessDbContextFactory contexts, TimeProvider time) : IApiClientProvisioner
{
    public async Task<ProvisionedClient> CreateConfidentialAsync(Guid ngoId, string name, MemberRole role, CancellationToken cancellationToken)
    {
        var client = ApiClient.CreateConfidential(ngoId, name, role, time.GetUtcNow().UtcDateTime);
        await SaveAsync(db => db.ApiClients.Add(client), cancellationToken);
        return new ProvisionedClient(client, Convert.ToBase64String(RandomNumberGenerator.GetBytes(32)));
    }

    public async Task<ProvisionedClient> CreatePublicAsync(Guid ngoId, string name, IReadOnlyList<string> redirectUris, CancellationToken cancellationToken)
    {
        var client = ApiClient.CreatePublic(ngoId, name, redirectUris, time.GetUtcNow().UtcDateTime);
        await SaveAsync(db => db.ApiClients.Add(client), cancellationToken);
        return new ProvisionedClient(client, null);
    }

    public async Task RevokeAsync(Guid apiClientId, CancellationToken cancellationToken)
    {
        await using var db = contexts.CreateDbContext();
        var client = await db.ApiClients.FirstAsync(c => c.Id == apiClientId, cancellationToken);
        client.Revoke(time.GetUtcNow().UtcDateTime);
        await db.SaveChangesAsync(cancellationToken);
    }

    private async Task SaveAsync(Action<HeadlessDbContext> change, CancellationToken cancellationToken)
    {
        await using var db = contexts.CreateDbContext();
        change(db);
        await db.SaveChangesAsync(cancellationToken);
    }
}
