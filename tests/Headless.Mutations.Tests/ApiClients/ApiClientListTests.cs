using Headless.Domain.ApiClients;
using Headless.Domain.Members;
using Headless.GraphQL.Relay;
using Headless.Mutations.Tests.Support;
using Headless.Schema.Common;

namespace Headless.Mutations.Tests.ApiClients;

public sealed class ApiClientListTests(AccessHost host) : IClassFixture<AccessHost>
{
    private const string Clients = """
        query($slug: String!, $id: ID!) {
          ngo(slug: $slug) { apiClients { totalCount nodes { name clientId kind role redirectUris revokedAt } } }
          node(id: $id) { id }
        }
        """;

    [Fact]
    public async Task Admins_see_the_NGOs_clients_revoked_ones_included()
    {
        var ngo = await host.Data.NgoAsync();
        var admin = await host.MemberAsync(ngo, MemberRole.Admin);
        var partner = ApiClient.CreateConfidential(ngo.Id, "Partner CRM", MemberRole.Editor, host.Data.Now);
        var site = ApiClient.CreatePublic(ngo.Id, "Campaign site", ["https://give.example.org/cb"], host.Data.Now.AddMinutes(1));
        site.Revoke(host.Data.Now.AddMinutes(2));
        await host.Data.AddAsync(partner, site);

        var data = await host.DataAsync(admin.Viewer, Clients, new { slug = ngo.Slug, id = GlobalId.Encode("ApiClient", partner.Id) });

        var nodes = data["ngo"]!["apiClients"]!["nodes"]!.AsArray();
        Assert.Equal([("Partner CRM", "CONFIDENTIAL", "EDITOR"), ("Campaign site", "PUBLIC", "VIEWER")], nodes.Select(n => (n.Text("name"), n.Text("kind"), n.Text("role"))));
        Assert.Null(nodes[0]!["revokedAt"]);
        Assert.NotNull(nodes[1]!["revokedAt"]);
        Assert.Equal("https://give.example.org/cb", nodes[1]!["redirectUris"]![0]!.GetValue<string>());
        Assert.Equal(GlobalId.Encode("ApiClient", partner.Id), data["node"].Text("id"));
    }

    [Fact]
    public async Task Editors_other_NGOs_admins_and_anonymous_callers_see_no_client()
    {
        var ngo = await host.Data.NgoAsync();
        var editor = await host.MemberAsync(ngo, MemberRole.Editor);
        var otherAdmin = await host.MemberAsync(await host.Data.NgoAsync(), MemberRole.Admin);
        var partner = ApiClient.CreateConfidential(ngo.Id, "Partner CRM", MemberRole.Editor, host.Data.Now);
        await host.Data.AddAsync(partner);

        foreach (var caller in new[] { editor.Viewer, otherAdmin.Viewer, Viewer.Anonymous })
        {
            var data = await host.DataAsync(caller, Clients, new { slug = ngo.Slug, id = GlobalId.Encode("ApiClient", partner.Id) });

            Assert.Equal(0, data["ngo"]!["apiClients"]!["totalCount"]!.GetValue<int>());
            Assert.Null(data["node"]);
        }
    }
}
