using Headless.Domain.Accounts;
using Headless.Domain.Members;
using Headless.Mutations.Tests.Support;
using Headless.Schema.Common;
using Microsoft.EntityFrameworkCore;

namespace Headless.Mutations.Tests.Accounts;

public sealed class MoveAccountTests(AccessHost host) : IClassFixture<AccessHost>
{
    [Fact]
    public async Task An_editor_moves_a_local_account_under_another_regional_account_then_to_the_top()
    {
        var ngo = await host.Data.NgoAsync();
        var hub = await host.Data.AccountAsync(ngo, AccountRole.Hub);
        var west = await host.Data.AccountAsync(ngo, AccountRole.Regional, hub);
        var east = await host.Data.AccountAsync(ngo, AccountRole.Regional, hub);
        var local = await host.Data.AccountAsync(ngo, AccountRole.Local, west);
        var editor = await host.MemberAsync(ngo, MemberRole.Editor);

        var under = await host.DataAsync(editor.Viewer, AccountMutationDocuments.Move, AccountMutationDocuments.MoveInput(local.Id, east.Id));
        Assert.Equal(east.Id, await ParentOfAsync(local.Id));
        var top = await host.DataAsync(editor.Viewer, AccountMutationDocuments.Move, AccountMutationDocuments.MoveInput(local.Id, null));

        Assert.Equal(AccountMutationDocuments.Id(east.Id), under.Succeeded("moveAccount", "account")["parent"].Text("id"));
        Assert.Null(top.Succeeded("moveAccount", "account")["parent"]);
        Assert.Null(await ParentOfAsync(local.Id));
        await using var db = host.Db();
        Assert.Equal(2, await db.AuditEntries.CountAsync(a => a.Operation == "moveAccount" && a.TargetId == local.Id && a.UserId == editor.User.Id));
    }

    [Fact]
    public async Task Moving_an_account_under_its_own_descendant_is_a_cycle_on_the_parent()
    {
        var ngo = await host.Data.NgoAsync();
        var hub = await host.Data.AccountAsync(ngo, AccountRole.Hub);
        var regional = await host.Data.AccountAsync(ngo, AccountRole.Regional, hub);
        var local = await host.Data.AccountAsync(ngo, AccountRole.Local, regional);
        var editor = await host.MemberAsync(ngo, MemberRole.Editor);

        var underGrandchild = await Unchanged.AfterAsync(host, () => host.DataAsync(editor.Viewer, AccountMutationDocuments.Move, AccountMutationDocuments.MoveInput(hub.Id, local.Id)));
        var underItself = await Unchanged.AfterAsync(host, () => host.DataAsync(editor.Viewer, AccountMutationDocuments.Move, AccountMutationDocuments.MoveInput(hub.Id, hub.Id)));

        underGrandchild.Failed("moveAccount", "account", "CYCLE", "input.parentId");
        underItself.Failed("moveAccount", "account", "CYCLE", "input.parentId");
        Assert.Null(await ParentOfAsync(hub.Id));
    }

    [Fact]
    public async Task A_parent_of_another_NGO_is_refused_on_the_parent()
    {
        var ngo = await host.Data.NgoAsync();
        var account = await host.Data.AccountAsync(ngo, AccountRole.Regional);
        var foreign = await host.Data.AccountAsync(await host.Data.NgoAsync(), AccountRole.Hub);
        var editor = await host.MemberAsync(ngo, MemberRole.Editor);

        var data = await Unchanged.AfterAsync(host, () => host.DataAsync(editor.Viewer, AccountMutationDocuments.Move, AccountMutationDocuments.MoveInput(account.Id, foreign.Id)));

        data.Failed("moveAccount", "account", "PARENT_OF_ANOTHER_NGO", "input.parentId");
        Assert.Null(await ParentOfAsync(account.Id));
    }

    [Fact]
    public async Task Viewers_and_anonymous_callers_are_forbidden()
    {
        var ngo = await host.Data.NgoAsync();
        var hub = await host.Data.AccountAsync(ngo, AccountRole.Hub);
        var account = await host.Data.AccountAsync(ngo, AccountRole.Regional);
        var viewer = await host.MemberAsync(ngo, MemberRole.Viewer);

        foreach (var caller in new[] { viewer.Viewer, Viewer.Anonymous })
        {
            var data = await Unchanged.AfterAsync(host, () => host.DataAsync(caller, AccountMutationDocuments.Move, AccountMutationDocuments.MoveInput(account.Id, hub.Id)));

            data.Failed("moveAccount", "account", "FORBIDDEN");
        }

        Assert.Null(await ParentOfAsync(account.Id));
    }

    private async Task<Guid?> ParentOfAsync(Guid accountId)
    {
        await using var db = host.Db();
        return (await db.Accounts.SingleAsync(a => a.Id == accountId)).ParentId;
    }
}
