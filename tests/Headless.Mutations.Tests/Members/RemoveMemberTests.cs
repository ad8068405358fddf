using Headless.Domain.Members;
using Headless.Mutations.Tests.Support;
using Headless.Schema.Common;
using Microsoft.EntityFrameworkCore;

namespace Headless.Mutations.Tests.Members;

public sealed class RemoveMemberTests(AccessHost host) : IClassFixture<AccessHost>
{
    [Fact]
    public async Task An_admin_removes_an_editor()
    {
        var ngo = await host.Data.NgoAsync();
        var admin = await host.MemberAsync(ngo, MemberRole.Admin);
        var editor = await host.MemberAsync(ngo, MemberRole.Editor);

        var data = await host.DataAsync(admin.Viewer, MemberMutationDocuments.Remove, MemberMutationDocuments.RemoveInput(editor.Membership.Id));

        Assert.Equal(editor.User.Email, data.Succeeded("removeMember", "member").Text("email"));
        Assert.False(await ExistsAsync(editor));
        await AuditAssert.WrittenAsync(host, "removeMember", "Member", editor.Membership.Id, ngo.Id, admin.User.Id);
    }

    [Fact]
    public async Task The_last_owner_cannot_be_removed()
    {
        var ngo = await host.Data.NgoAsync();
        var owner = await host.MemberAsync(ngo, MemberRole.Owner);
        await host.MemberAsync(ngo, MemberRole.Admin);

        var data = await Unchanged.AfterAsync(host, () => host.DataAsync(owner.Viewer, MemberMutationDocuments.Remove, MemberMutationDocuments.RemoveInput(owner.Membership.Id)));

        data.Failed("removeMember", "member", "LAST_OWNER", "input.memberId");
        Assert.True(await ExistsAsync(owner));
    }

    [Fact]
    public async Task An_owner_removes_another_owner_but_an_admin_cannot()
    {
        var ngo = await host.Data.NgoAsync();
        var owner = await host.MemberAsync(ngo, MemberRole.Owner);
        var admin = await host.MemberAsync(ngo, MemberRole.Admin);
        var coOwner = await host.MemberAsync(ngo, MemberRole.Owner);

        var byAdmin = await Unchanged.AfterAsync(host, () => host.DataAsync(admin.Viewer, MemberMutationDocuments.Remove, MemberMutationDocuments.RemoveInput(coOwner.Membership.Id)));
        var byOwner = await host.DataAsync(owner.Viewer, MemberMutationDocuments.Remove, MemberMutationDocuments.RemoveInput(coOwner.Membership.Id));

        byAdmin.Failed("removeMember", "member", "FORBIDDEN");
        byOwner.Succeeded("removeMember", "member");
        Assert.False(await ExistsAsync(coOwner));
    }

    [Fact]
    public async Task Editors_are_forbidden_while_outsiders_and_anonymous_callers_cannot_see_the_member()
    {
        var ngo = await host.Data.NgoAsync();
        var editor = await host.MemberAsync(ngo, MemberRole.Editor);
        var target = await host.MemberAsync(ngo, MemberRole.Viewer);
        var otherOwner = await host.MemberAsync(await host.Data.NgoAsync(), MemberRole.Owner);

        var byEditor = await Unchanged.AfterAsync(host, () => host.DataAsync(editor.Viewer, MemberMutationDocuments.Remove, MemberMutationDocuments.RemoveInput(target.Membership.Id)));
        var byOutsider = await Unchanged.AfterAsync(host, () => host.DataAsync(otherOwner.Viewer, MemberMutationDocuments.Remove, MemberMutationDocuments.RemoveInput(target.Membership.Id)));
        var byAnonymous = await Unchanged.AfterAsync(host, () => host.DataAsync(Viewer.Anonymous, MemberMutationDocuments.Remove, MemberMutationDocuments.RemoveInput(target.Membership.Id)));

        byEditor.Failed("removeMember", "member", "FORBIDDEN");
        byOutsider.Failed("removeMember", "member", "NOT_FOUND");
        byAnonymous.Failed("removeMember", "member", "NOT_FOUND");
        Assert.True(await ExistsAsync(target));
    }

    [Fact]
    public async Task Malformed_ids_are_invalid_and_unknown_members_are_not_found()
    {
        var ngo = await host.Data.NgoAsync();
        var admin = await host.MemberAsync(ngo, MemberRole.Admin);

        var garbage = await host.DataAsync(admin.Viewer, MemberMutationDocuments.Remove, new { input = new { memberId = Headless.GraphQL.Relay.GlobalId.Encode("Ngo", ngo.Id) } });
        var unknown = await host.DataAsync(admin.Viewer, MemberMutationDocuments.Remove, MemberMutationDocuments.RemoveInput(Guid.NewGuid()));

        garbage.Failed("removeMember", "member", "INVALID_ID", "input.memberId");
        unknown.Failed("removeMember", "member", "NOT_FOUND");
    }

    private async Task<bool> ExistsAsync(TestMember member)
    {
        await using var db = host.Db();
        return await db.Memberships.AnyAsync(m => m.Id == member.Membership.Id);
    }
}
