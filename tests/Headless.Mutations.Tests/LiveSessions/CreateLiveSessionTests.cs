using Headless.Api.Tests.Infrastructure;
using Headless.Domain.Accounts;
using Headless.Domain.Members;
using Headless.GraphQL.Relay;
using Headless.Mutations.Tests.Support;
using Headless.Schema.Common;
using Microsoft.EntityFrameworkCore;

namespace Headless.Mutations.Tests.LiveSessions;

public sealed class CreateLiveSessionTests(AccessHost host) : IClassFixture<AccessHost>
{
    [Fact]
    public async Task An_editor_schedules_a_session_live_tweeted_by_two_of_the_NGOs_accounts()
    {
        var ngo = await host.Data.NgoAsync();
        var hub = await host.Data.AccountAsync(ngo, AccountRole.Hub);
        var local = await host.Data.AccountAsync(ngo, AccountRole.Local, hub);
        var editor = await host.MemberAsync(ngo, MemberRole.Editor);
        var slug = TestData.Unique("flood-");

        var data = await host.DataAsync(editor.Viewer, LiveSessionMutationDocuments.Create,
            LiveSessionMutationDocuments.CreateInput(ngo.Id, slug, [LiveSessionMutationDocuments.AccountId(hub.Id), LiveSessionMutationDocuments.AccountId(local.Id)]));

        var session = data.Succeeded("createLiveSession", "liveSession");
        Assert.Equal((slug, "SCHEDULED", "DakarLive"), (session.Text("slug"), session.Text("status"), session["hashtags"]![0]!.GetValue<string>()));
        var sessionId = GlobalId.DecodeFor("LiveSession", session.Text("id"))!.Value;
        await using var db = host.Db();
        var accounts = await db.LiveSessionAccounts.Where(l => l.LiveSessionId == sessionId).Select(l => l.AccountId).ToListAsync();
        Assert.Equal(new[] { hub.Id, local.Id }.Order(), accounts.Order());
        Assert.Equal(2, session["accounts"]!["nodes"]!.AsArray().Count);
        await AuditAssert.WrittenAsync(host, "createLiveSession", "LiveSession", sessionId, ngo.Id, editor.User.Id);
    }

    [Fact]
    public async Task An_account_of_another_NGO_is_refused_on_the_account_ids()
    {
        var ngo = await host.Data.NgoAsync();
        var foreign = await host.Data.AccountAsync(await host.Data.NgoAsync(), AccountRole.Hub);
        var editor = await host.MemberAsync(ngo, MemberRole.Editor);

        var data = await Unchanged.AfterAsync(host, () => host.DataAsync(editor.Viewer, LiveSessionMutationDocuments.Create,
            LiveSessionMutationDocuments.CreateInput(ngo.Id, TestData.Unique("s-"), [LiveSessionMutationDocuments.AccountId(foreign.Id)])));

        data.Failed("createLiveSession", "liveSession", "ACCOUNT_OF_ANOTHER_NGO", "input.accountIds");
    }

    [Fact]
    public async Task Invalid_inputs_name_their_fields()
    {
        var ngo = await host.Data.NgoAsync();
        var hub = await host.Data.AccountAsync(ngo, AccountRole.Hub);
        var editor = await host.MemberAsync(ngo, MemberRole.Editor);
        var hubId = LiveSessionMutationDocuments.AccountId(hub.Id);

        var halfLocation = await Unchanged.AfterAsync(host, () => host.DataAsync(editor.Viewer, LiveSessionMutationDocuments.Create,
            LiveSessionMutationDocuments.CreateInput(ngo.Id, TestData.Unique("s-"), [hubId], longitude: null)));
        var badHashtag = await Unchanged.AfterAsync(host, () => host.DataAsync(editor.Viewer, LiveSessionMutationDocuments.Create,
            LiveSessionMutationDocuments.CreateInput(ngo.Id, TestData.Unique("s-"), [hubId], hashtag: "#2026")));
        var badAccountId = await Unchanged.AfterAsync(host, () => host.DataAsync(editor.Viewer, LiveSessionMutationDocuments.Create,
            LiveSessionMutationDocuments.CreateInput(ngo.Id, TestData.Unique("s-"), [hubId, "not-an-id"])));

        halfLocation.Failed("createLiveSession", "liveSession", "REQUIRED", "input.longitude");
        badHashtag.Failed("createLiveSession", "liveSession", "INVALID_HASHTAG", "input.hashtags");
        badAccountId.Failed("createLiveSession", "liveSession", "INVALID_ID", "input.accountIds.1");
    }

    [Fact]
    public async Task A_slug_already_used_by_the_NGO_is_refused_on_the_slug()
    {
        var ngo = await host.Data.NgoAsync();
        var hub = await host.Data.AccountAsync(ngo, AccountRole.Hub);
        var existing = await host.Data.SessionAsync(ngo, [hub]);
        var editor = await host.MemberAsync(ngo, MemberRole.Editor);

        var data = await Unchanged.AfterAsync(host, () => host.DataAsync(editor.Viewer, LiveSessionMutationDocuments.Create,
            LiveSessionMutationDocuments.CreateInput(ngo.Id, existing.Slug, [])));

        data.Failed("createLiveSession", "liveSession", "SLUG_TAKEN", "input.slug");
    }

    [Fact]
    public async Task Viewers_outsiders_and_anonymous_callers_are_forbidden()
    {
        var ngo = await host.Data.NgoAsync();
        var viewer = await host.MemberAsync(ngo, MemberRole.Viewer);
        var otherEditor = await host.MemberAsync(await host.Data.NgoAsync(), MemberRole.Editor);

        foreach (var caller in new[] { viewer.Viewer, otherEditor.Viewer, Viewer.Anonymous })
        {
            var data = await Unchanged.AfterAsync(host, () => host.DataAsync(caller, LiveSessionMutationDocuments.Create, LiveSessionMutationDocuments.CreateInput(ngo.Id, TestData.Unique("s-"), [])));

            data.Failed("createLiveSession", "liveSession", "FORBIDDEN");
        }
    }
}
