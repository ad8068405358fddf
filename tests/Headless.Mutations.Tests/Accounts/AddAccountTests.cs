using Headless.Api.Tests.Infrastructure;
using Headless.Domain.Accounts;
using Headless.Domain.Members;
using Headless.GraphQL.Relay;
using Headless.Mutations.Tests.Support;
using Headless.Schema.Common;
using Microsoft.EntityFrameworkCore;

namespace Headless.Mutations.Tests.Accounts;

public sealed class AddAccountTests(AccessHost host) : IClassFixture<AccessHost>
{
    [Fact]
    public async Task An_editor_adds_a_regional_account_under_the_hub()
    {
        var ngo = await host.Data.NgoAsync();
        var hub = await host.Data.AccountAsync(ngo, AccountRole.Hub);
        var editor = await host.MemberAsync(ngo, MemberRole.Editor);
        var handle = TestData.Unique("West");

        var data = await host.DataAsync(editor.Viewer, AccountMutationDocuments.Add, AccountMutationDocuments.AddInput(ngo.Id, "@" + handle, hub.Id));

        var account = data.Succeeded("addAccount", "account");
        Assert.Equal((handle, "REGIONAL", AccountMutationDocuments.Id(hub.Id)), (account.Text("handle"), account.Text("role"), account["parent"].Text("id")));
        var accountId = GlobalId.DecodeFor("TwitterAccount", account.Text("id"))!.Value;
        await using var db = host.Db();
        var stored = await db.Accounts.SingleAsync(a => a.Id == accountId);
        Assert.Equal((ngo.Id, hub.Id, handle.ToLowerInvariant()), (stored.NgoId, stored.ParentId, stored.HandleKey));
        await AuditAssert.WrittenAsync(host, "addAccount", "TwitterAccount", accountId, ngo.Id, editor.User.Id);
    }

    [Fact]
    public async Task A_handle_taken_by_any_NGO_in_any_case_is_refused_on_the_handle()
    {
        var other = await host.Data.NgoAsync();
        var taken = await host.Data.AccountAsync(other, AccountRole.Hub);
        var ngo = await host.Data.NgoAsync();
        var editor = await host.MemberAsync(ngo, MemberRole.Editor);

        var data = await Unchanged.AfterAsync(host, () => host.DataAsync(editor.Viewer, AccountMutationDocuments.Add, AccountMutationDocuments.AddInput(ngo.Id, taken.Handle.ToUpperInvariant())));

        data.Failed("addAccount", "account", "HANDLE_TAKEN", "input.handle");
    }

    [Fact]
    public async Task Concurrent_additions_of_one_handle_store_a_single_account()
    {
        var ngo = await host.Data.NgoAsync();
        var editor = await host.MemberAsync(ngo, MemberRole.Editor);
        var handle = TestData.Unique("Rush");

        var results = await Task.WhenAll(Enumerable.Range(0, 4).Select(_ =>
            host.DataAsync(editor.Viewer, AccountMutationDocuments.Add, AccountMutationDocuments.AddInput(ngo.Id, handle))));

        var failures = results.Select(r => r["addAccount"]!["errors"]!.AsArray()).Where(e => e.Count > 0).ToList();
        Assert.Equal(3, failures.Count);
        Assert.All(failures, e => Assert.Contains(e.Single().Text("code"), new[] { "HANDLE_TAKEN", "CONFLICT" }));
        var key = handle.ToLowerInvariant();
        await using var db = host.Db();
        Assert.Equal(1, await db.Accounts.CountAsync(a => a.HandleKey == key));
    }

    [Fact]
    public async Task An_invalid_handle_names_its_field()
    {
        var ngo = await host.Data.NgoAsync();
        var editor = await host.MemberAsync(ngo, MemberRole.Editor);

        var data = await Unchanged.AfterAsync(host, () => host.DataAsync(editor.Viewer, AccountMutationDocuments.Add, AccountMutationDocuments.AddInput(ngo.Id, "plan-global")));

        data.Failed("addAccount", "account", "INVALID_HANDLE", "input.handle");
    }

    [Fact]
    public async Task A_parent_of_another_NGO_is_refused_on_the_parent()
    {
        var foreignHub = await host.Data.AccountAsync(await host.Data.NgoAsync(), AccountRole.Hub);
        var ngo = await host.Data.NgoAsync();
        var editor = await host.MemberAsync(ngo, MemberRole.Editor);

        var data = await Unchanged.AfterAsync(host, () => host.DataAsync(editor.Viewer, AccountMutationDocuments.Add, AccountMutationDocuments.AddInput(ngo.Id, TestData.Unique("a"), foreignHub.Id)));

        data.Failed("addAccount", "account", "PARENT_OF_ANOTHER_NGO", "input.parentId");
    }

    [Fact]
    public async Task Viewers_outsiders_and_anonymous_callers_are_forbidden()
    {
        var ngo = await host.Data.NgoAsync();
        var viewer = await host.MemberAsync(ngo, MemberRole.Viewer);
        var otherEditor = await host.MemberAsync(await host.Data.NgoAsync(), MemberRole.Editor);

        foreach (var caller in new[] { viewer.Viewer, otherEditor.Viewer, Viewer.Anonymous })
        {
            var data = await Unchanged.AfterAsync(host, () => host.DataAsync(caller, AccountMutationDocuments.Add, AccountMutationDocuments.AddInput(ngo.Id, TestData.Unique("a"))));

            data.Failed("addAccount", "account", "FORBIDDEN");
        }
    }

    [Fact]
    public async Task Malformed_ids_are_invalid_and_unknown_parents_are_not_found()
    {
        var ngo = await host.Data.NgoAsync();
        var editor = await host.MemberAsync(ngo, MemberRole.Editor);

        var garbage = await host.DataAsync(editor.Viewer, AccountMutationDocuments.Add, new { input = new { ngoId = "x", handle = "abc", displayName = "A", role = "HUB" } });
        var unknownParent = await Unchanged.AfterAsync(host, () => host.DataAsync(editor.Viewer, AccountMutationDocuments.Add, AccountMutationDocuments.AddInput(ngo.Id, TestData.Unique("a"), Guid.NewGuid())));

        garbage.Failed("addAccount", "account", "INVALID_ID", "input.ngoId");
        unknownParent.Failed("addAccount", "account", "NOT_FOUND");
    }
}
