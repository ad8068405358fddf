using Headless.Domain.Members;
using Headless.Mutations.Tests.Support;
using Headless.Schema.Common;

namespace Headless.Mutations.Tests.Members;

public sealed class ViewerQueryTests(AccessHost host) : IClassFixture<AccessHost>
{
    private const string Query = "{ viewer { isAuthenticated userId clientId isPlatformAdmin memberships { role ngo { slug } } } }";

    [Fact]
    public async Task An_anonymous_caller_is_told_it_has_no_role()
    {
        var viewer = (await host.DataAsync(Viewer.Anonymous, Query))["viewer"]!;

        Assert.False(viewer["isAuthenticated"]!.GetValue<bool>());
        Assert.False(viewer["isPlatformAdmin"]!.GetValue<bool>());
        Assert.Null(viewer["userId"]);
        Assert.Empty(viewer["memberships"]!.AsArray());
    }

    [Fact]
    public async Task A_member_sees_each_of_its_NGOs_with_its_role()
    {
        var plan = await host.Data.NgoAsync();
        var redCross = await host.Data.NgoAsync();
        var user = await host.UserAsync();
        var caller = AccessData.ViewerOf(user.Id, (plan.Id, MemberRole.Editor), (redCross.Id, MemberRole.Owner));

        var viewer = (await host.DataAsync(caller, Query))["viewer"]!;

        Assert.True(viewer["isAuthenticated"]!.GetValue<bool>());
        Assert.Equal(user.Id.ToString(), viewer.Text("userId"));
        var memberships = viewer["memberships"]!.AsArray().Select(m => (m!["ngo"].Text("slug"), m.Text("role"))).OrderBy(m => m.Item2).ToList();
        Assert.Equal([(plan.Slug, "EDITOR"), (redCross.Slug, "OWNER")], memberships);
    }

    [Fact]
    public async Task A_partner_system_shows_its_client_id_and_a_platform_admin_its_flag()
    {
        var ngo = await host.Data.NgoAsync();
        var partner = new Viewer(null, "hlx_partner", new Dictionary<Guid, MemberRole> { [ngo.Id] = MemberRole.Editor }, false);

        var asPartner = (await host.DataAsync(partner, Query))["viewer"]!;
        var asAdmin = (await host.DataAsync(AccessData.PlatformAdmin, Query))["viewer"]!;

        Assert.Equal(("hlx_partner", true), (asPartner.Text("clientId"), asPartner["isAuthenticated"]!.GetValue<bool>()));
        Assert.True(asAdmin["isPlatformAdmin"]!.GetValue<bool>());
        Assert.False(asPartner["isPlatformAdmin"]!.GetValue<bool>());
    }
}
