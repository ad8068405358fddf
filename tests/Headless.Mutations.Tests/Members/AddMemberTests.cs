using Headless.Domain.Members;
using Headless.GraphQL.Relay;
using Headless.Mutations.Tests.Support;
using Headless.Schema.Common;
using Microsoft.EntityFrameworkCore;

namespace Headless.Mutations.Tests.Members;

public sealed class AddMemberTests(AccessHost host) : IClassFixture<AccessHost>
{
    [Fact]
    public async Task An_admin_invites_an_unknown_email_as_an_editor()
    {
        var ngo = await host.Data.NgoAsync();
        var admin = await host.MemberAsync(ngo, MemberRole.Admin);
        var email = AccessData.UniqueEmail("volunteer");

        var data = await host.DataAsync(admin.Viewer, MemberMutationDocuments.Add, MemberMutationDocuments.AddInput(ngo.Id, email, "EDITOR", "Awa Diop"));

        var member = data.Succeeded("addMember", "member");
        Assert.Equal((email, "Awa Diop", "EDITOR"), (member.Text("email"), member.Text("displayName"), member.Text("role")));
        var memberId = GlobalId.DecodeFor("Member", member.Text("id"))!.Value;
        await using var db = host.Db();
        var user = await db.Users.SingleAsync(u => u.Email == email);
        var stored = await db.Memberships.SingleAsync(m => m.Id == memberId);
        Assert.Equal((ngo.Id, user.Id, MemberRole.Editor), (stored.NgoId, stored.UserId, stored.Role));
        await AuditAssert.WrittenAsync(host, "addMember", "Member", memberId, ngo.Id, admin.User.Id);
    }

    [Fact]
    public async Task An_existing_user_is_added_without_a_new_invitation()
    {
        var ngo = await host.Data.NgoAsync();
        var admin = await host.MemberAsync(ngo, MemberRole.Admin);
        var user = await host.UserAsync(displayName: "Known User");
        var usersBefore = (await TableCounts.ReadAsync(host)).Users;

        var data = await host.DataAsync(admin.Viewer, MemberMutationDocuments.Add, MemberMutationDocuments.AddInput(ngo.Id, user.Email!, "VIEWER", "Ignored"));

        var member = data.Succeeded("addMember", "member");
        Assert.Equal((user.Id.ToString(), "Known User"), (member.Text("userId"), member.Text("displayName")));
        Assert.Equal(usersBefore, (await TableCounts.ReadAsync(host)).Users);
    }

    [Fact]
    public async Task Adding_someone_who_is_already_a_member_is_a_conflict()
    {
        var ngo = await host.Data.NgoAsync();
        var admin = await host.MemberAsync(ngo, MemberRole.Admin);
        var editor = await host.MemberAsync(ngo, MemberRole.Editor);

        var data = await Unchanged.AfterAsync(host, () => host.DataAsync(admin.Viewer, MemberMutationDocuments.Add, MemberMutationDocuments.AddInput(ngo.Id, editor.User.Email!, "ADMIN")));

        data.Failed("addMember", "member", "ALREADY_MEMBER");
        await using var db = host.Db();
        Assert.Equal(MemberRole.Editor, (await db.Memberships.SingleAsync(m => m.Id == editor.Membership.Id)).Role);
    }

    [Fact]
    public async Task Editors_outsiders_and_anonymous_callers_cannot_add_members_nor_invite_anyone()
    {
        var ngo = await host.Data.NgoAsync();
        var editor = await host.MemberAsync(ngo, MemberRole.Editor);
        var otherAdmin = await host.MemberAsync(await host.Data.NgoAsync(), MemberRole.Admin);

        foreach (var viewer in new[] { editor.Viewer, otherAdmin.Viewer, Viewer.Anonymous })
        {
            var data = await Unchanged.AfterAsync(host, () => host.DataAsync(viewer, MemberMutationDocuments.Add, MemberMutationDocuments.AddInput(ngo.Id, AccessData.UniqueEmail(), "VIEWER")));

            data.Failed("addMember", "member", "FORBIDDEN");
        }
    }

    [Fact]
    public async Task Only_an_owner_may_grant_the_owner_role()
    {
        var ngo = await host.Data.NgoAsync();
        var admin = await host.MemberAsync(ngo, MemberRole.Admin);
        var owner = await host.MemberAsync(ngo, MemberRole.Owner);

        var byAdmin = await Unchanged.AfterAsync(host, () => host.DataAsync(admin.Viewer, MemberMutationDocuments.Add, MemberMutationDocuments.AddInput(ngo.Id, AccessData.UniqueEmail(), "OWNER")));
        var byOwner = await host.DataAsync(owner.Viewer, MemberMutationDocuments.Add, MemberMutationDocuments.AddInput(ngo.Id, AccessData.UniqueEmail(), "OWNER"));

        byAdmin.Failed("addMember", "member", "FORBIDDEN");
        Assert.Equal("OWNER", byOwner.Succeeded("addMember", "member").Text("role"));
    }

    [Fact]
    public async Task An_invalid_email_names_its_field()
    {
        var ngo = await host.Data.NgoAsync();
        var admin = await host.MemberAsync(ngo, MemberRole.Admin);

        var data = await Unchanged.AfterAsync(host, () => host.DataAsync(admin.Viewer, MemberMutationDocuments.Add, MemberMutationDocuments.AddInput(ngo.Id, "Awa <awa@example.org>", "VIEWER")));

        data.Failed("addMember", "member", "INVALID_EMAIL", "input.email");
    }

    [Fact]
    public async Task Malformed_ids_are_invalid_and_unknown_NGOs_are_not_found()
    {
        var ngo = await host.Data.NgoAsync();
        var admin = await host.MemberAsync(ngo, MemberRole.Admin);

        var garbage = await host.DataAsync(admin.Viewer, MemberMutationDocuments.Add, new { input = new { ngoId = "%%%", email = AccessData.UniqueEmail(), role = "VIEWER" } });
        var unknown = await Unchanged.AfterAsync(host, () => host.DataAsync(admin.Viewer, MemberMutationDocuments.Add, MemberMutationDocuments.AddInput(Guid.NewGuid(), AccessData.UniqueEmail(), "VIEWER")));

        garbage.Failed("addMember", "member", "INVALID_ID", "input.ngoId");
        unknown.Failed("addMember", "member", "NOT_FOUND");
    }
}
