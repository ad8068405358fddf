using Headless.Domain.ApiClients;
using Headless.Domain.Members;
using Headless.GraphQL.Relay;
using Headless.Mutations.Tests.Support;
using Headless.Schema.Common;
using Microsoft.EntityFrameworkCore;

namespace Headless.Mutations.Tests.ApiClients;

public sealed class CreateApiClientTests(AccessHost host) : IClassFixture<AccessHost>
{
    [Fact]
    public async Task An_admin_creates_a_partner_client_and_sees_its_secret_once()
    {
        var ngo = await host.Data.NgoAsync();
        var admin = await host.MemberAsync(ngo, MemberRole.Admin);

        var data = await host.DataAsync(admin.Viewer, ApiClientMutationDocuments.Create, ApiClientMutationDocuments.CreateInput(ngo.Id));

        var client = data.Succeeded("createApiClient", "apiClient");
        var secret = data["createApiClient"].Text("clientSecret");
        Assert.True(secret.Length >= 32, "The secret should be long and random.");
        Assert.Equal(("Donations platform", "CONFIDENTIAL", "EDITOR"), (client.Text("name"), client.Text("kind"), client.Text("role")));
        var clientId = GlobalId.DecodeFor("ApiClient", client.Text("id"))!.Value;
        await using var db = host.Db();
        var stored = await db.ApiClients.SingleAsync(a => a.Id == clientId);
        Assert.Equal((ngo.Id, client.Text("clientId"), MemberRole.Editor), (stored.NgoId, stored.ClientId, stored.Role));
        await AuditAssert.WrittenAsync(host, "createApiClient", "ApiClient", clientId, ngo.Id, admin.User.Id);

        var listed = await host.DataAsync(admin.Viewer,
            "query($slug: String!, $id: ID!) { ngo(slug: $slug) { apiClients { nodes { id clientId name } } } node(id: $id) { id ... on ApiClient { clientId } } }",
            new { slug = ngo.Slug, id = client.Text("id") });
        Assert.Equal(client.Text("id"), listed["ngo"]!["apiClients"]!["nodes"]![0].Text("id"));
        Assert.Equal(client.Text("clientId"), listed["node"].Text("clientId"));
        Assert.DoesNotContain(secret, listed.ToJsonString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_client_type_has_no_field_that_could_show_a_secret()
    {
        var data = await host.DataAsync(Viewer.Anonymous, "{ __type(name: \"ApiClient\") { fields { name } } }");

        var fields = data["__type"]!["fields"]!.AsArray().Select(f => f.Text("name")).ToList();
        Assert.Contains("clientId", fields);
        Assert.DoesNotContain(fields, f => f.Contains("secret", StringComparison.OrdinalIgnoreCase));
    }

    [Fact]
    public async Task An_owner_role_is_refused_on_the_role_before_anything_is_registered()
    {
        var ngo = await host.Data.NgoAsync();
        var owner = await host.MemberAsync(ngo, MemberRole.Owner);

        var data = await Unchanged.AfterAsync(host, () => host.DataAsync(owner.Viewer, ApiClientMutationDocuments.Create, ApiClientMutationDocuments.CreateInput(ngo.Id, "OWNER")));

        data.Failed("createApiClient", "apiClient", "ROLE_NOT_ALLOWED", "input.role");
        Assert.Null(data["createApiClient"]!["clientSecret"]);
    }

    [Fact]
    public async Task An_empty_name_is_refused_on_the_name()
    {
        var ngo = await host.Data.NgoAsync();
        var admin = await host.MemberAsync(ngo, MemberRole.Admin);

        var data = await Unchanged.AfterAsync(host, () => host.DataAsync(admin.Viewer, ApiClientMutationDocuments.Create, ApiClientMutationDocuments.CreateInput(ngo.Id, name: "  ")));

        data.Failed("createApiClient", "apiClient", "REQUIRED", "input.name");
    }

    [Fact]
    public async Task Editors_outsiders_and_anonymous_callers_are_forbidden()
    {
        var ngo = await host.Data.NgoAsync();
        var editor = await host.MemberAsync(ngo, MemberRole.Editor);
        var otherAdmin = await host.MemberAsync(await host.Data.NgoAsync(), MemberRole.Admin);

        foreach (var caller in new[] { editor.Viewer, otherAdmin.Viewer, Viewer.Anonymous })
        {
            var data = await Unchanged.AfterAsync(host, () => host.DataAsync(caller, ApiClientMutationDocuments.Create, ApiClientMutationDocuments.CreateInput(ngo.Id)));

            data.Failed("createApiClient", "apiClient", "FORBIDDEN");
        }
    }

    [Fact]
    public async Task Unknown_NGOs_are_not_found()
    {
        var data = await Unchanged.AfterAsync(host, () => host.DataAsync(AccessData.PlatformAdmin, ApiClientMutationDocuments.Create, ApiClientMutationDocuments.CreateInput(Guid.NewGuid())));

        data.Failed("createApiClient", "apiClient", "NOT_FOUND");
    }
}
