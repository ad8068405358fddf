using Headless.Auth.Tests.Support;
using Headless.Data;
using Headless.Domain.ApiClients;
using Headless.Domain.Common;
using Headless.Domain.Members;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using OpenIddict.Abstractions;
using static OpenIddict.Abstractions.OpenIddictConstants;

namespace Headless.Auth.Tests.Clients;

public sealed class ApiClientProvisionerTests
{
    [Fact]
    public async Task A_confidential_client_is_stored_as_a_row_and_an_application_with_a_hashed_secret()
    {
        await using var api = AuthApi.Start();
        var ngo = await api.Data.NgoAsync();

        var provisioned = await api.ConfidentialClientAsync(ngo.Id, MemberRole.Admin);

        Assert.Equal(43, provisioned.ClientSecret!.Length);
        var (row, secret, type, permissions) = await api.InScopeAsync(async s =>
        {
            var row = await s.GetRequiredService<HeadlessDbContext>().ApiClients.SingleAsync(c => c.Id == provisioned.Client.Id);
            var applications = s.GetRequiredService<IOpenIddictApplicationManager>();
            var application = (await applications.FindByClientIdAsync(row.ClientId))!;
            var stored = await s.GetRequiredService<HeadlessDbContext>().Set<OpenIddict.EntityFrameworkCore.Models.OpenIddictEntityFrameworkCoreApplication<Guid>>()
                .Where(a => a.ClientId == row.ClientId).Select(a => a.ClientSecret).SingleAsync();
            return (row, stored, await applications.GetClientTypeAsync(application), await applications.GetPermissionsAsync(application));
        });
        Assert.Equal(ApiClientKind.Confidential, row.Kind);
        Assert.Equal(MemberRole.Admin, row.Role);
        Assert.Equal(ngo.Id, row.NgoId);
        Assert.NotNull(secret);
        Assert.DoesNotContain(provisioned.ClientSecret, secret, StringComparison.Ordinal);
        Assert.Equal(ClientTypes.Confidential, type);
        Assert.Contains(Permissions.GrantTypes.ClientCredentials, permissions);
        Assert.Contains(Permissions.Endpoints.Introspection, permissions);
        Assert.DoesNotContain(Permissions.GrantTypes.AuthorizationCode, permissions);
    }

    [Fact]
    public async Task Two_confidential_clients_never_share_a_secret()
    {
        await using var api = AuthApi.Start();
        var ngo = await api.Data.NgoAsync();

        var first = await api.ConfidentialClientAsync(ngo.Id);
        var second = await api.ConfidentialClientAsync(ngo.Id);

        Assert.NotEqual(first.ClientSecret, second.ClientSecret);
        Assert.NotEqual(first.Client.ClientId, second.Client.ClientId);
    }

    [Fact]
    public async Task A_public_client_is_registered_with_its_redirect_uris_and_requires_pkce()
    {
        await using var api = AuthApi.Start();
        var ngo = await api.Data.NgoAsync();

        var provisioned = await api.PublicClientAsync(ngo.Id);

        Assert.Null(provisioned.ClientSecret);
        var (type, redirects, requirements, permissions) = await api.InScopeAsync(async s =>
        {
            var applications = s.GetRequiredService<IOpenIddictApplicationManager>();
            var application = (await applications.FindByClientIdAsync(provisioned.Client.ClientId))!;
            return (await applications.GetClientTypeAsync(application), await applications.GetRedirectUrisAsync(application),
                await applications.GetRequirementsAsync(application), await applications.GetPermissionsAsync(application));
        });
        Assert.Equal(ClientTypes.Public, type);
        Assert.Equal([Flows.RedirectUri], redirects.ToArray());
        Assert.Contains(Requirements.Features.ProofKeyForCodeExchange, requirements);
        Assert.Contains(Permissions.GrantTypes.AuthorizationCode, permissions);
        Assert.Contains(Permissions.GrantTypes.RefreshToken, permissions);
        Assert.DoesNotContain(Permissions.GrantTypes.ClientCredentials, permissions);
    }

    [Fact]
    public async Task An_invalid_redirect_uri_is_refused_and_nothing_is_stored()
    {
        await using var api = AuthApi.Start();
        var ngo = await api.Data.NgoAsync();

        var failure = await Assert.ThrowsAsync<DomainRuleException>(() => api.InScopeAsync(s =>
            s.GetRequiredService<Headless.Schema.Access.IApiClientProvisioner>().CreatePublicAsync(ngo.Id, "Site", ["http://example.org/callback"], CancellationToken.None)));

        Assert.Equal("INSECURE_URL", failure.Code);
        Assert.Equal(0, await api.InScopeAsync(s => s.GetRequiredService<HeadlessDbContext>().ApiClients.CountAsync()));
    }

    [Fact]
    public async Task Revoking_marks_the_row_and_removes_the_application()
    {
        await using var api = AuthApi.Start();
        var ngo = await api.Data.NgoAsync();
        var provisioned = await api.ConfidentialClientAsync(ngo.Id);

        await api.RevokeClientAsync(provisioned.Client.Id);

        var (revokedAt, application) = await api.InScopeAsync(async s =>
        {
            var row = await s.GetRequiredService<HeadlessDbContext>().ApiClients.SingleAsync(c => c.Id == provisioned.Client.Id);
            return (row.RevokedAt, await s.GetRequiredService<IOpenIddictApplicationManager>().FindByClientIdAsync(row.ClientId));
        });
        Assert.Equal(api.Data.Now, revokedAt);
        Assert.Null(application);
    }

    [Fact]
    public async Task Revoking_twice_is_refused()
    {
        await using var api = AuthApi.Start();
        var ngo = await api.Data.NgoAsync();
        var provisioned = await api.ConfidentialClientAsync(ngo.Id);
        await api.RevokeClientAsync(provisioned.Client.Id);

        var failure = await Assert.ThrowsAsync<DomainRuleException>(() => api.RevokeClientAsync(provisioned.Client.Id));

        Assert.Equal("ALREADY_REVOKED", failure.Code);
    }
}
