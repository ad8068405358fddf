using Headless.Domain.Accounts;
using Headless.Domain.Members;
using Headless.Mutations.Tests.Support;
using Headless.Schema.Common;
using Microsoft.EntityFrameworkCore;

namespace Headless.Mutations.Tests.LiveSessions;

public sealed class UpdateLiveSessionTests(AccessHost host) : IClassFixture<AccessHost>
{
    [Fact]
    public async Task An_editor_changes_the_details_and_replaces_the_accounts()
    {
        var ngo = await host.Data.NgoAsync();
        var hub = await host.Data.AccountAsync(ngo, AccountRole.Hub);
        var local = await host.Data.AccountAsync(ngo, AccountRole.Local, hub);
        var session = await host.Data.SessionAsync(ngo, [hub], started: false);
        var editor = await host.MemberAsync(ngo, MemberRole.Editor);

        var data = await host.DataAsync(editor.Viewer, LiveSessionMutationDocuments.Update,
            LiveSessionMutationDocuments.UpdateInput(session.Id, "Moved north", [LiveSessionMutationDocuments.AccountId(local.Id)]));

        var result = data.Succeeded("updateLiveSession", "liveSession");
        Assert.Equal(("Moved north", session.Slug, "Saint-Louis, Senegal"), (result.Text("title"), result.Text("slug"), result.Text("placeName")));
        await using var db = host.Db();
        var stored = await db.LiveSessions.Include(s => s.Hashtags).Include(s => s.Accounts).SingleAsync(s => s.Id == session.Id);
        Assert.Equal(["dakar", "reliefnow"], stored.Hashtags.Select(h => h.Key).Order());
        Assert.Equal([local.Id], stored.Accounts.Select(a => a.AccountId));
        await AuditAssert.WrittenAsync(host, "updateLiveSession", "LiveSession", session.Id, ngo.Id, editor.User.Id);
    }

    [Fact]
    public async Task Omitting_the_account_ids_keeps_the_accounts()
    {
        var ngo = await host.Data.NgoAsync();
        var hub = await host.Data.AccountAsync(ngo, AccountRole.Hub);
        var session = await host.Data.SessionAsync(ngo, [hub], started: false);
        var editor = await host.MemberAsync(ngo, MemberRole.Editor);

        var data = await host.DataAsync(editor.Viewer, LiveSessionMutationDocuments.Update, LiveSessionMutationDocuments.UpdateInput(session.Id, "Same accounts", null));

        data.Succeeded("updateLiveSession", "liveSession");
        await using var db = host.Db();
        Assert.Equal([hub.Id], await db.LiveSessionAccounts.Where(l => l.LiveSessionId == session.Id).Select(l => l.AccountId).ToListAsync());
    }

    [Fact]
    public async Task Viewers_and_anonymous_callers_are_forbidden_and_unknown_sessions_are_not_found()
    {
        var ngo = await host.Data.NgoAsync();
        var hub = await host.Data.AccountAsync(ngo, AccountRole.Hub);
        var session = await host.Data.SessionAsync(ngo, [hub], started: false);
        var viewer = await host.MemberAsync(ngo, MemberRole.Viewer);
        var editor = await host.MemberAsync(ngo, MemberRole.Editor);

        var byViewer = await Unchanged.AfterAsync(host, () => host.DataAsync(viewer.Viewer, LiveSessionMutationDocuments.Update, LiveSessionMutationDocuments.UpdateInput(session.Id, "No", null)));
        var byAnonymous = await Unchanged.AfterAsync(host, () => host.DataAsync(Viewer.Anonymous, LiveSessionMutationDocuments.Update, LiveSessionMutationDocuments.UpdateInput(session.Id, "No", null)));
        var unknown = await host.DataAsync(editor.Viewer, LiveSessionMutationDocuments.Update, LiveSessionMutationDocuments.UpdateInput(Guid.NewGuid(), "No", null));

        byViewer.Failed("updateLiveSession", "liveSession", "FORBIDDEN");
        byAnonymous.Failed("updateLiveSession", "liveSession", "FORBIDDEN");
        unknown.Failed("updateLiveSession", "liveSession", "NOT_FOUND");
        await using var db = host.Db();
        Assert.Equal(session.Title, (await db.LiveSessions.SingleAsync(s => s.Id == session.Id)).Title);
    }
}
