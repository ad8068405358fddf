using Headless.Data;
using Headless.Domain.ApiClients;
using Headless.Domain.Common;
using Headless.Domain.Members;
using Headless.Schema.Access;
using Microsoft.EntityFrameworkCore;
using OpenIddict.Abstractions;

namespace Headless.Api.Auth.Clients;

/// <summary>
/// Stores each client twice in one transaction: as an <see cref="ApiClient"/> row (what the NGO
/// manages) and as an OpenIddict application (what the token endpoint authenticates).
/// </summary>
internal sealed class ApiClientProvisioner(
    HeadlessDbContext db,
    IOpenIddictApplicationManager applications,
    IOpenIddictAuthorizationManager authorizations,
    IOpenIddictTokenManager tokens,
    TimeProvider time) : IApiClientProvisioner
{
    public async Task<ProvisionedClient> CreateConfidentialAsync(Guid ngoId, string name, MemberRole role, CancellationToken cancellationToken)
    {
        var client = ApiClient.CreateConfidential(ngoId, name, role, Now);
        var secret = ClientSecrets.Generate();
        await RegisterAsync(client, secret, cancellationToken);
        return new ProvisionedClient(client, secret);
    }

    public async Task<ProvisionedClient> CreatePublicAsync(Guid ngoId, string name, IReadOnlyList<string> redirectUris, CancellationToken cancellationToken)
    {
        var client = ApiClient.CreatePublic(ngoId, name, redirectUris, Now);
        await RegisterAsync(client, secret: null, cancellationToken);
        return new ProvisionedClient(client, null);
    }

    public async Task RevokeAsync(Guid apiClientId, CancellationToken cancellationToken)
    {
        var client = await db.ApiClients.FirstOrDefaultAsync(c => c.Id == apiClientId, cancellationToken)
            ?? throw new DomainRuleException("clientId", "NOT_FOUND", "No such API client.");
        client.Revoke(Now);
        await InTransactionAsync(async () =>
        {
            await db.SaveChangesAsync(cancellationToken);
            if (await applications.FindByClientIdAsync(client.ClientId, cancellationToken) is { } application)
            {
                // Token entry validation rejects these tokens from the next request on.
                var applicationId = await applications.GetIdAsync(application, cancellationToken);
                await tokens.RevokeByApplicationIdAsync(applicationId!, cancellationToken);
                await authorizations.RevokeByApplicationIdAsync(applicationId!, cancellationToken);
                await applications.DeleteAsync(application, cancellationToken);
            }
        }, cancellationToken);
    }

    /// <summary>Adds the row and the application; <paramref name="secret"/> is required for confidential clients.</summary>
    internal Task RegisterAsync(ApiClient client, string? secret, CancellationToken cancellationToken)
    {
        var descriptor = ApplicationDescriptors.For(client, secret);
        return InTransactionAsync(async () =>
        {
            db.ApiClients.Add(client);
            await db.SaveChangesAsync(cancellationToken);
            await applications.CreateAsync(descriptor, cancellationToken);
        }, cancellationToken);
    }

    private DateTime Now => time.GetUtcNow().UtcDateTime;

    private Task InTransactionAsync(Func<Task> work, CancellationToken cancellationToken) =>
        db.Database.CreateExecutionStrategy().ExecuteAsync(async () =>
        {
            await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
            await work();
            await transaction.CommitAsync(cancellationToken);
        });
}
