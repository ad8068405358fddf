using Headless.Domain.Members;
using Headless.GraphQL.Relay;
using Headless.Mutations.Tests.Support;
using Headless.Schema.Access;
using Headless.Schema.Common;
using Microsoft.Extensions.DependencyInjection;

namespace Headless.Mutations.Tests.Members;

public sealed class MemberListTests(AccessHost host) : IClassFixture<AccessHost>
{
    private const string Members = """
        query($slug: String!, $id: ID!) {
          ngo(slug: $slug) { members { totalCount nodes { id email displayName role since } } }
          node(id: $id) { id ... on Member { role } }
        }
        """;

    [Fact]
    public async Task Every_member_of_the_NGO_sees_the_members_with_their_names()
    {
        var ngo = await host.Data.NgoAsync();
        var owner = await host.MemberAsync(ngo, MemberRole.Owner, "Awa Diop");
        var viewer = await host.MemberAsync(ngo, MemberRole.Viewer, "Jean Dupont");

        var data = await host.DataAsync(viewer.Viewer, Members, new { slug = ngo.Slug, id = GlobalId.Encode("Member", owner.Membership.Id) });

        var members = data["ngo"]!["members"]!;
        Assert.Equal(2, members["totalCount"]!.GetValue<int>());
        var rows = members["nodes"]!.AsArray().Select(n => (n.Text("email"), n.Text("displayName"), n.Text("role"))).OrderBy(r => r.Item3).ToList();
        Assert.Equal([(owner.User.Email!, "Awa Diop", "OWNER"), (viewer.User.Email!, "Jean Dupont", "VIEWER")], rows);
        Assert.Equal("OWNER", data["node"].Text("role"));
    }

    [Fact]
    public async Task Anonymous_callers_and_other_NGOs_admins_see_no_member_at_all()
    {
        var ngo = await host.Data.NgoAsync();
        var owner = await host.MemberAsync(ngo, MemberRole.Owner);
        var otherAdmin = await host.MemberAsync(await host.Data.NgoAsync(), MemberRole.Admin);

        foreach (var caller in new[] { Viewer.Anonymous, otherAdmin.Viewer })
        {
            var data = await host.DataAsync(caller, Members, new { slug = ngo.Slug, id = GlobalId.Encode("Member", owner.Membership.Id) });

            Assert.Equal(0, data["ngo"]!["members"]!["totalCount"]!.GetValue<int>());
            Assert.Empty(data["ngo"]!["members"]!["nodes"]!.AsArray());
            Assert.Null(data["node"]);
        }
    }

    [Fact]
    public async Task The_names_of_all_members_come_from_one_directory_look_up()
    {
        CountingUserDirectory? counting = null;
        await using var own = await AccessHost.StartAsync(services => services.AddSingleton<IUserDirectory>(sp =>
            counting = new CountingUserDirectory(ActivatorUtilities.CreateInstance<InDatabaseUserDirectory>(sp))));
        var ngo = await own.Data.NgoAsync();
        var owner = await own.MemberAsync(ngo, MemberRole.Owner);
        await own.MemberAsync(ngo, MemberRole.Editor);
        await own.MemberAsync(ngo, MemberRole.Viewer);

        var data = await own.DataAsync(owner.Viewer, "query($slug: String!) { ngo(slug: $slug) { members { nodes { email displayName } } } }", new { slug = ngo.Slug });

        Assert.Equal(3, data["ngo"]!["members"]!["nodes"]!.AsArray().Count(n => n.Text("displayName").Length > 0));
        Assert.Equal(1, counting!.IdLookups);
    }
}
