using Headless.Domain.ApiClients;
using Headless.Domain.Members;
using Headless.Domain.Ngos;
using Headless.Mutations.Tests.Support;
using Headless.Schema.Common;
using Microsoft.EntityFrameworkCore;

namespace Headless.Mutations.Tests.ApiClients;

public sealed class RevokeApiClientTests(AccessHost host) : IClassFixture<AccessHost>
{
    [Fact]
    public async Task An_admin_revokes_a_client()
    {
        var ngo = await host.Data.NgoAsync();
        var client = await ClientAsync(ngo);
        var admin = await host.MemberAsync(ngo, MemberRole.Admin);

        var data = await host.DataAsync(admin.Viewer, ApiClientMutationDocuments.Revoke, ApiClientMutationDocuments.RevokeInput(client.Id));

        Assert.NotNull(data.Succeeded("revokeApiClient", "apiClient")["revokedAt"]);
        Assert.Equal(host.Data.Now, await RevokedAtAsync(client));
        await AuditAssert.WrittenAsync(host, "revokeApiClient", "ApiClient", client.Id, ngo.Id, admin.User.Id);
    }

    [Fact]
    public async Task Revoking_twice_is_a_conflict()
    {
        var ngo = await host.Data.NgoAsync();
        var client = await ClientAsync(ngo);
        var admin = await host.MemberAsync(ngo, MemberRole.Admin);
        await host.DataAsync(admin.Viewer, ApiClientMutationDocuments.Revoke, ApiClientMutationDocuments.RevokeInput(client.Id));

        var again = await Unchanged.AfterAsync(host, () => host.DataAsync(admin.Viewer, ApiClientMutationDocuments.Revoke, ApiClientMutationDocuments.RevokeInput(client.Id)));

        again.Failed("revokeApiClient", "apiClient", "ALREADY_REVOKED");
    }

    [Fact]
    public async Task Editors_are_forbidden_while_outsiders_and_anonymous_callers_cannot_see_the_client()
    {
        var ngo = await host.Data.NgoAsync();
        var client = await ClientAsync(ngo);
        var editor = await host.MemberAsync(ngo, MemberRole.Editor);
        var otherAdmin = await host.MemberAsync(await host.Data.NgoAsync(), MemberRole.Admin);

        var byEditor = await Unchanged.AfterAsync(host, () => host.DataAsync(editor.Viewer, ApiClientMutationDocuments.Revoke, ApiClientMutationDocuments.RevokeInput(client.Id)));
        var byOutsider = await Unchanged.AfterAsync(host, () => host.DataAsync(otherAdmin.Viewer, ApiClientMutationDocuments.Revoke, ApiClientMutationDocuments.RevokeInput(client.Id)));
        var byAnonymous = await Unchanged.AfterAsync(host, () => host.DataAsync(Viewer.Anonymous, ApiClientMutationDocuments.Revoke, ApiClientMutationDocuments.RevokeInput(client.Id)));

        byEditor.Failed("revokeApiClient", "apiClient", "FORBIDDEN");
        byOutsider.Failed("revokeApiClient", "apiClient", "NOT_FOUND");
        byAnonymous.Failed("revokeApiClient", "apiClient", "NOT_FOUND");
        Assert.Null(await RevokedAtAsync(client));
    }

    [Fact]
    public async Task Malformed_ids_are_invalid_and_unknown_clients_are_not_found()
    {
        var ngo = await host.Data.NgoAsync();
        var admin = await host.MemberAsync(ngo, MemberRole.Admin);

        var garbage = await host.DataAsync(admin.Viewer, ApiClientMutationDocuments.Revoke, new { input = new { apiClientId = "??" } });
        var unknown = await host.DataAsync(admin.Viewer, ApiClientMutationDocuments.Revoke, ApiClientMutationDocuments.RevokeInput(Guid.NewGuid()));

        garbage.Failed("revokeApiClient", "apiClient", "INVALID_ID", "input.apiClientId");
        unknown.Failed("revokeApiClient", "apiClient", "NOT_FOUND");
    }

    private async Task<ApiClient> ClientAsync(Ngo ngo)
    {
        var client = ApiClient.CreateConfidential(ngo.Id, "Partner CRM", MemberRole.Editor, host.Data.Now);
        await host.Data.AddAsync(client);
        return client;
    }

    private async Task<DateTime?> RevokedAtAsync(ApiClient client)
    {
        await using var db = host.Db();
        return (await db.ApiClients.SingleAsync(a => a.Id == client.Id)).RevokedAt;
    }
}
