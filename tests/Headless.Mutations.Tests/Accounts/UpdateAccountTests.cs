using Headless.Domain.Accounts;
using Headless.Domain.Members;
using Headless.Mutations.Tests.Support;
using Headless.Schema.Common;
using Microsoft.EntityFrameworkCore;

namespace Headless.Mutations.Tests.Accounts;

public sealed class UpdateAccountTests(AccessHost host) : IClassFixture<AccessHost>
{
    [Fact]
    public async Task An_editor_renames_an_account_and_may_change_the_case_of_its_own_handle()
    {
        var ngo = await host.Data.NgoAsync();
        var account = await host.Data.AccountAsync(ngo, AccountRole.Regional);
        var editor = await host.MemberAsync(ngo, MemberRole.Editor);

        var data = await host.DataAsync(editor.Viewer, AccountMutationDocuments.Update, AccountMutationDocuments.UpdateInput(account.Id, account.Handle.ToUpperInvariant()));

        var result = data.Succeeded("updateAccount", "account");
        Assert.Equal((account.Handle.ToUpperInvariant(), "Renamed office", "LOCAL"), (result.Text("handle"), result.Text("displayName"), result.Text("role")));
        await using var db = host.Db();
        var stored = await db.Accounts.SingleAsync(a => a.Id == account.Id);
        Assert.Equal(("Renamed office", "Dakar", "123456"), (stored.DisplayName, stored.Region, stored.XUserId));
        await AuditAssert.WrittenAsync(host, "updateAccount", "TwitterAccount", account.Id, ngo.Id, editor.User.Id);
    }

    [Fact]
    public async Task Taking_another_accounts_handle_is_refused_and_changes_nothing()
    {
        var ngo = await host.Data.NgoAsync();
        var account = await host.Data.AccountAsync(ngo, AccountRole.Regional);
        var other = await host.Data.AccountAsync(await host.Data.NgoAsync(), AccountRole.Hub);
        var editor = await host.MemberAsync(ngo, MemberRole.Editor);

        var data = await Unchanged.AfterAsync(host, () => host.DataAsync(editor.Viewer, AccountMutationDocuments.Update, AccountMutationDocuments.UpdateInput(account.Id, other.Handle)));

        data.Failed("updateAccount", "account", "HANDLE_TAKEN", "input.handle");
        await using var db = host.Db();
        var stored = await db.Accounts.SingleAsync(a => a.Id == account.Id);
        Assert.Equal((account.Handle, account.DisplayName), (stored.Handle, stored.DisplayName));
    }

    [Fact]
    public async Task Viewers_and_anonymous_callers_are_forbidden_and_unknown_accounts_are_not_found()
    {
        var ngo = await host.Data.NgoAsync();
        var account = await host.Data.AccountAsync(ngo, AccountRole.Regional);
        var viewer = await host.MemberAsync(ngo, MemberRole.Viewer);
        var editor = await host.MemberAsync(ngo, MemberRole.Editor);

        var byViewer = await Unchanged.AfterAsync(host, () => host.DataAsync(viewer.Viewer, AccountMutationDocuments.Update, AccountMutationDocuments.UpdateInput(account.Id, "Renamed")));
        var byAnonymous = await Unchanged.AfterAsync(host, () => host.DataAsync(Viewer.Anonymous, AccountMutationDocuments.Update, AccountMutationDocuments.UpdateInput(account.Id, "Renamed")));
        var unknown = await host.DataAsync(editor.Viewer, AccountMutationDocuments.Update, AccountMutationDocuments.UpdateInput(Guid.NewGuid(), "Renamed"));

        byViewer.Failed("updateAccount", "account", "FORBIDDEN");
        byAnonymous.Failed("updateAccount", "account", "FORBIDDEN");
        unknown.Failed("updateAccount", "account", "NOT_FOUND");
    }
}
