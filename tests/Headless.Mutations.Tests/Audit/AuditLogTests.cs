using Headless.Domain.Accounts;
using Headless.Domain.Members;
using Headless.GraphQL.Relay;
using Headless.Mutations.Tests.Support;
using Headless.Schema.Common;

namespace Headless.Mutations.Tests.Audit;

public sealed class AuditLogTests
{
    private const string Log = """
        query($slug: String!) {
          ngo(slug: $slug) { auditLog { totalCount nodes { id operation targetType targetId userId clientId at } } }
        }
        """;

    [Fact]
    public async Task Each_mutation_appears_in_the_audit_log_newest_first()
    {
        await using var host = await AccessHost.StartAsync(_ => { });
        var ngo = await host.Data.NgoAsync();
        var hub = await host.Data.AccountAsync(ngo, AccountRole.Hub);
        var admin = await host.MemberAsync(ngo, MemberRole.Admin);
        var viewer = await host.MemberAsync(ngo, MemberRole.Viewer);
        var ngoId = GlobalId.Encode("Ngo", ngo.Id);

        await RunAsync(host, admin.Viewer, "mutation($input: UpdateNgoInput!) { updateNgo(input: $input) { errors { code } } }",
            new { input = new { ngoId, name = "Renamed", country = "FR", defaultCurrency = "EUR" } });
        await RunAsync(host, admin.Viewer, "mutation($input: ChangeMemberRoleInput!) { changeMemberRole(input: $input) { errors { code } } }",
            new { input = new { memberId = GlobalId.Encode("Member", viewer.Membership.Id), role = "EDITOR" } });
        await RunAsync(host, admin.Viewer, "mutation($input: UpdateAccountInput!) { updateAccount(input: $input) { errors { code } } }",
            new { input = new { accountId = GlobalId.Encode("TwitterAccount", hub.Id), handle = hub.Handle, displayName = "Hub", role = "HUB" } });

        var entries = (await host.DataAsync(admin.Viewer, Log, new { slug = ngo.Slug }))["ngo"]!["auditLog"]!["nodes"]!.AsArray();

        Assert.Equal(
            [("updateAccount", "TwitterAccount", GlobalId.Encode("TwitterAccount", hub.Id)), ("changeMemberRole", "Member", GlobalId.Encode("Member", viewer.Membership.Id)), ("updateNgo", "Ngo", ngoId)],
            entries.Select(e => (e.Text("operation"), e.Text("targetType"), e.Text("targetId"))));
        Assert.All(entries, e => Assert.Equal(admin.User.Id.ToString(), e.Text("userId")));
        Assert.Equal([.. entries.Select(e => e.Text("at")).OrderDescending()], entries.Select(e => e.Text("at")));
        var entry = await host.DataAsync(admin.Viewer, "query($id: ID!) { node(id: $id) { ... on AuditEntry { operation } } }", new { id = entries[0].Text("id") });
        Assert.Equal("updateAccount", entry["node"].Text("operation"));
    }

    [Fact]
    public async Task Editors_other_NGOs_admins_and_anonymous_callers_see_an_empty_log()
    {
        await using var host = await AccessHost.StartAsync(_ => { });
        var ngo = await host.Data.NgoAsync();
        var admin = await host.MemberAsync(ngo, MemberRole.Admin);
        var editor = await host.MemberAsync(ngo, MemberRole.Editor);
        var otherAdmin = await host.MemberAsync(await host.Data.NgoAsync(), MemberRole.Admin);
        await RunAsync(host, admin.Viewer, "mutation($input: UpdateNgoInput!) { updateNgo(input: $input) { errors { code } } }",
            new { input = new { ngoId = GlobalId.Encode("Ngo", ngo.Id), name = "Renamed", country = "FR", defaultCurrency = "EUR" } });
        var entryId = (await host.DataAsync(admin.Viewer, Log, new { slug = ngo.Slug }))["ngo"]!["auditLog"]!["nodes"]![0].Text("id");

        foreach (var caller in new[] { editor.Viewer, otherAdmin.Viewer, Viewer.Anonymous })
        {
            var data = await host.DataAsync(caller, Log, new { slug = ngo.Slug });
            var node = await host.DataAsync(caller, "query($id: ID!) { node(id: $id) { id } }", new { id = entryId });

            Assert.Equal(0, data["ngo"]!["auditLog"]!["totalCount"]!.GetValue<int>());
            Assert.Null(node["node"]);
        }
    }

    /// <summary>Runs a mutation that must succeed, a minute after the previous one, so the log's order is the order of the changes.</summary>
    private static async Task RunAsync(AccessHost host, Viewer viewer, string mutation, object variables)
    {
        host.Clock.Advance(TimeSpan.FromMinutes(1));
        var data = await host.DataAsync(viewer, mutation, variables);
        var payload = data.Single().Value!;
        Assert.Empty(payload["errors"]!.AsArray());
    }
}
