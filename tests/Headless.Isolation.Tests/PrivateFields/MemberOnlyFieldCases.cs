using Headless.Domain.Members;
using Headless.Isolation.Tests.Support;
using static Headless.Isolation.Tests.PrivateFields.PrivateFieldCases;

namespace Headless.Isolation.Tests.PrivateFields;

/// <summary>Members (VIEWER and up), API clients and the audit log (ADMIN and up): as lists of the NGO and as nodes.</summary>
internal static class MemberOnlyFieldCases
{
    public static IEnumerable<KeyValuePair<string, PrivateFieldCase>> All()
    {
        yield return new("Ngo.members", new(Need.Viewer, async t =>
        {
            var id = NodeId.Of("Member", (await t.MemberAsync(MemberRole.Editor)).Id);
            return ListProbe(t, "members", "Member", data => ListWith(data["ngo"]?["members"], id, "email"));
        }));

        yield return new("Ngo.apiClients", new(Need.Admin, async t =>
        {
            var id = NodeId.Of("ApiClient", (await t.ApiClientAsync()).Id);
            return ListProbe(t, "apiClients", "ApiClient", data => ListWith(data["ngo"]?["apiClients"], id, "clientId"));
        }));

        yield return new("Ngo.auditLog", new(Need.Admin, async t =>
        {
            var id = NodeId.Of("AuditEntry", (await t.AuditEntryAsync()).Id);
            return ListProbe(t, "auditLog", "AuditEntry", data => ListWith(data["ngo"]?["auditLog"], id, "operation"));
        }));

        yield return new("Query.node(Member)", new(Need.Viewer, async t =>
            NodeProbe("Member", NodeId.Of("Member", (await t.MemberAsync(MemberRole.Viewer)).Id), Selection(t, "Member"))));

        yield return new("Query.node(ApiClient)", new(Need.Admin, async t =>
            NodeProbe("ApiClient", NodeId.Of("ApiClient", (await t.ApiClientAsync()).Id), Selection(t, "ApiClient"))));

        yield return new("Query.node(AuditEntry)", new(Need.Admin, async t =>
            NodeProbe("AuditEntry", NodeId.Of("AuditEntry", (await t.AuditEntryAsync()).Id), Selection(t, "AuditEntry"))));
    }

    private static PrivateProbe ListProbe(Tenant tenant, string field, string typeName, Func<System.Text.Json.Nodes.JsonObject, Visibility> read) => new(
        $"query($slug: String!) {{ ngo(slug: $slug) {{ {field}(first: 100) {{ totalCount nodes {{ {Selection(tenant, typeName)} }} }} }} }}",
        new { slug = tenant.Ngo.Slug },
        read);

    private static string Selection(Tenant tenant, string typeName) => PrivateSelections.AllFieldsOf(tenant.Host.Schema, typeName);
}
