using Headless.Domain.Members;
using Headless.Mutations.Tests.Support;
using Headless.Schema.Common;
using Microsoft.EntityFrameworkCore;

namespace Headless.Mutations.Tests.Members;

public sealed class ChangeMemberRoleTests(AccessHost host) : IClassFixture<AccessHost>
{
    [Fact]
    public async Task An_admin_promotes_a_viewer_to_editor()
    {
        var ngo = await host.Data.NgoAsync();
        var admin = await host.MemberAsync(ngo, MemberRole.Admin);
        var viewer = await host.MemberAsync(ngo, MemberRole.Viewer);

        var data = await host.DataAsync(admin.Viewer, MemberMutationDocuments.ChangeRole, MemberMutationDocuments.ChangeRoleInput(viewer.Membership.Id, "EDITOR"));

        Assert.Equal("EDITOR", data.Succeeded("changeMemberRole", "member").Text("role"));
        Assert.Equal(MemberRole.Editor, await RoleOfAsync(viewer));
        await AuditAssert.WrittenAsync(host, "changeMemberRole", "Member", viewer.Membership.Id, ngo.Id, admin.User.Id);
    }

    [Fact]
    public async Task The_last_owner_cannot_be_demoted()
    {
        var ngo = await host.Data.NgoAsync();
        var owner = await host.MemberAsync(ngo, MemberRole.Owner);

        var data = await Unchanged.AfterAsync(host, () => host.DataAsync(owner.Viewer, MemberMutationDocuments.ChangeRole, MemberMutationDocuments.ChangeRoleInput(owner.Membership.Id, "ADMIN")));

        data.Failed("changeMemberRole", "member", "LAST_OWNER", "input.memberId");
        Assert.Equal(MemberRole.Owner, await RoleOfAsync(owner));
    }

    [Fact]
    public async Task An_owner_may_step_down_when_another_owner_remains()
    {
        var ngo = await host.Data.NgoAsync();
        var owner = await host.MemberAsync(ngo, MemberRole.Owner);
        await host.MemberAsync(ngo, MemberRole.Owner);

        var data = await host.DataAsync(owner.Viewer, MemberMutationDocuments.ChangeRole, MemberMutationDocuments.ChangeRoleInput(owner.Membership.Id, "ADMIN"));

        Assert.Equal("ADMIN", data.Succeeded("changeMemberRole", "member").Text("role"));
        Assert.Equal(MemberRole.Admin, await RoleOfAsync(owner));
    }

    [Fact]
    public async Task Two_owners_demoting_themselves_at_the_same_time_leave_one_owner()
    {
        var ngo = await host.Data.NgoAsync();
        var first = await host.MemberAsync(ngo, MemberRole.Owner);
        var second = await host.MemberAsync(ngo, MemberRole.Owner);

        var results = await Task.WhenAll(
            host.DataAsync(first.Viewer, MemberMutationDocuments.ChangeRole, MemberMutationDocuments.ChangeRoleInput(first.Membership.Id, "ADMIN")),
            host.DataAsync(second.Viewer, MemberMutationDocuments.ChangeRole, MemberMutationDocuments.ChangeRoleInput(second.Membership.Id, "ADMIN")));

        var codes = results.Select(r => r["changeMemberRole"]!["errors"]!.AsArray().Select(e => e.Text("code")).SingleOrDefault()).ToList();
        Assert.Equal([null, "LAST_OWNER"], codes.OrderBy(c => c));
        Assert.Single(new[] { await RoleOfAsync(first), await RoleOfAsync(second) }, MemberRole.Owner);
    }

    [Fact]
    public async Task An_admin_can_neither_promote_to_owner_nor_demote_an_owner()
    {
        var ngo = await host.Data.NgoAsync();
        var admin = await host.MemberAsync(ngo, MemberRole.Admin);
        var editor = await host.MemberAsync(ngo, MemberRole.Editor);
        var owner = await host.MemberAsync(ngo, MemberRole.Owner);
        await host.MemberAsync(ngo, MemberRole.Owner);

        var promote = await Unchanged.AfterAsync(host, () => host.DataAsync(admin.Viewer, MemberMutationDocuments.ChangeRole, MemberMutationDocuments.ChangeRoleInput(editor.Membership.Id, "OWNER")));
        var demote = await Unchanged.AfterAsync(host, () => host.DataAsync(admin.Viewer, MemberMutationDocuments.ChangeRole, MemberMutationDocuments.ChangeRoleInput(owner.Membership.Id, "VIEWER")));

        promote.Failed("changeMemberRole", "member", "FORBIDDEN");
        demote.Failed("changeMemberRole", "member", "FORBIDDEN");
        Assert.Equal((MemberRole.Editor, MemberRole.Owner), (await RoleOfAsync(editor), await RoleOfAsync(owner)));
    }

    [Fact]
    public async Task Editors_are_forbidden_while_outsiders_and_anonymous_callers_cannot_see_the_member()
    {
        var ngo = await host.Data.NgoAsync();
        var editor = await host.MemberAsync(ngo, MemberRole.Editor);
        var target = await host.MemberAsync(ngo, MemberRole.Viewer);
        var otherAdmin = await host.MemberAsync(await host.Data.NgoAsync(), MemberRole.Admin);

        var byEditor = await Unchanged.AfterAsync(host, () => host.DataAsync(editor.Viewer, MemberMutationDocuments.ChangeRole, MemberMutationDocuments.ChangeRoleInput(target.Membership.Id, "ADMIN")));
        var byOutsider = await Unchanged.AfterAsync(host, () => host.DataAsync(otherAdmin.Viewer, MemberMutationDocuments.ChangeRole, MemberMutationDocuments.ChangeRoleInput(target.Membership.Id, "ADMIN")));
        var byAnonymous = await Unchanged.AfterAsync(host, () => host.DataAsync(Viewer.Anonymous, MemberMutationDocuments.ChangeRole, MemberMutationDocuments.ChangeRoleInput(target.Membership.Id, "ADMIN")));

        byEditor.Failed("changeMemberRole", "member", "FORBIDDEN");
        byOutsider.Failed("changeMemberRole", "member", "NOT_FOUND");
        byAnonymous.Failed("changeMemberRole", "member", "NOT_FOUND");
        Assert.Equal(MemberRole.Viewer, await RoleOfAsync(target));
    }

    [Fact]
    public async Task Malformed_ids_are_invalid_and_unknown_members_are_not_found()
    {
        var ngo = await host.Data.NgoAsync();
        var admin = await host.MemberAsync(ngo, MemberRole.Admin);

        var garbage = await host.DataAsync(admin.Viewer, MemberMutationDocuments.ChangeRole, new { input = new { memberId = "nope", role = "ADMIN" } });
        var unknown = await host.DataAsync(admin.Viewer, MemberMutationDocuments.ChangeRole, MemberMutationDocuments.ChangeRoleInput(Guid.NewGuid(), "ADMIN"));

        garbage.Failed("changeMemberRole", "member", "INVALID_ID", "input.memberId");
        unknown.Failed("changeMemberRole", "member", "NOT_FOUND");
    }

    private async Task<MemberRole> RoleOfAsync(TestMember member)
    {
        await using var db = host.Db();
        return (await db.Memberships.SingleAsync(m => m.Id == member.Membership.Id)).Role;
    }
}
