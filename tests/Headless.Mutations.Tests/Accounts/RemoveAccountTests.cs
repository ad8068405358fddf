using Headless.Domain.Accounts;
using Headless.Domain.Members;
using Headless.Mutations.Tests.Support;
using Headless.Schema.Common;
using Microsoft.EntityFrameworkCore;

namespace Headless.Mutations.Tests.Accounts;

public sealed class RemoveAccountTests(AccessHost host) : IClassFixture<AccessHost>
{
    private const string Remove = AccountMutationDocuments.Remove;

    [Fact]
    public async Task An_editor_removes_an_account_which_leaves_its_live_sessions()
    {
        var ngo = await host.Data.NgoAsync();
        var hub = await host.Data.AccountAsync(ngo, AccountRole.Hub);
        var local = await host.Data.AccountAsync(ngo, AccountRole.Local, hub);
        var session = await host.Data.SessionAsync(ngo, [hub, local]);
        var editor = await host.MemberAsync(ngo, MemberRole.Editor);

        var data = await host.DataAsync(editor.Viewer, Remove, new { input = new { accountId = AccountMutationDocuments.Id(local.Id) } });

        Assert.Equal(local.Handle, data.Succeeded("removeAccount", "account").Text("handle"));
        await using var db = host.Db();
        Assert.False(await db.Accounts.AnyAsync(a => a.Id == local.Id));
        Assert.Equal([hub.Id], await db.LiveSessionAccounts.Where(l => l.LiveSessionId == session.Id).Select(l => l.AccountId).ToListAsync());
        await AuditAssert.WrittenAsync(host, "removeAccount", "TwitterAccount", local.Id, ngo.Id, editor.User.Id);
    }

    [Fact]
    public async Task An_account_with_accounts_beneath_it_is_kept()
    {
        var ngo = await host.Data.NgoAsync();
        var hub = await host.Data.AccountAsync(ngo, AccountRole.Hub);
        await host.Data.AccountAsync(ngo, AccountRole.Regional, hub);
        var editor = await host.MemberAsync(ngo, MemberRole.Editor);

        var data = await Unchanged.AfterAsync(host, () => host.DataAsync(editor.Viewer, Remove, new { input = new { accountId = AccountMutationDocuments.Id(hub.Id) } }));

        data.Failed("removeAccount", "account", "HAS_CHILDREN");
    }

    [Fact]
    public async Task Viewers_and_anonymous_callers_are_forbidden_and_unknown_accounts_are_not_found()
    {
        var ngo = await host.Data.NgoAsync();
        var account = await host.Data.AccountAsync(ngo, AccountRole.Local);
        var viewer = await host.MemberAsync(ngo, MemberRole.Viewer);
        var editor = await host.MemberAsync(ngo, MemberRole.Editor);

        var byViewer = await Unchanged.AfterAsync(host, () => host.DataAsync(viewer.Viewer, Remove, new { input = new { accountId = AccountMutationDocuments.Id(account.Id) } }));
        var byAnonymous = await Unchanged.AfterAsync(host, () => host.DataAsync(Viewer.Anonymous, Remove, new { input = new { accountId = AccountMutationDocuments.Id(account.Id) } }));
        var unknown = await host.DataAsync(editor.Viewer, Remove, new { input = new { accountId = AccountMutationDocuments.Id(Guid.NewGuid()) } });
        var garbage = await host.DataAsync(editor.Viewer, Remove, new { input = new { accountId = "garbage" } });

        byViewer.Failed("removeAccount", "account", "FORBIDDEN");
        byAnonymous.Failed("removeAccount", "account", "FORBIDDEN");
        unknown.Failed("removeAccount", "account", "NOT_FOUND");
        garbage.Failed("removeAccount", "account", "INVALID_ID", "input.accountId");
    }
}
