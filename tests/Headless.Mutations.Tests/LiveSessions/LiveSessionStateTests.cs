using Headless.Domain.Accounts;
using Headless.Domain.LiveSessions;
using Headless.Domain.Members;
using Headless.Mutations.Tests.Support;
using Headless.Schema.Common;
using Microsoft.EntityFrameworkCore;

namespace Headless.Mutations.Tests.LiveSessions;

public sealed class LiveSessionStateTests(AccessHost host) : IClassFixture<AccessHost>
{
    [Fact]
    public async Task An_editor_starts_a_scheduled_session_then_ends_it()
    {
        var ngo = await host.Data.NgoAsync();
        var session = await host.Data.SessionAsync(ngo, [await host.Data.AccountAsync(ngo, AccountRole.Hub)], started: false);
        var editor = await host.MemberAsync(ngo, MemberRole.Editor);
        var input = new { input = new { liveSessionId = LiveSessionMutationDocuments.Id(session.Id) } };

        var started = await host.DataAsync(editor.Viewer, LiveSessionMutationDocuments.Start, input);
        Assert.Equal(LiveSessionStatus.Live, await StatusOfAsync(session.Id));
        var ended = await host.DataAsync(editor.Viewer, LiveSessionMutationDocuments.End, input);

        Assert.Equal("LIVE", started.Succeeded("startLiveSession", "liveSession").Text("status"));
        Assert.Equal("ENDED", ended.Succeeded("endLiveSession", "liveSession").Text("status"));
        Assert.Equal(LiveSessionStatus.Ended, await StatusOfAsync(session.Id));
        await AuditAssert.WrittenAsync(host, "startLiveSession", "LiveSession", session.Id, ngo.Id, editor.User.Id);
        await AuditAssert.WrittenAsync(host, "endLiveSession", "LiveSession", session.Id, ngo.Id, editor.User.Id);
    }

    [Fact]
    public async Task Starting_a_live_session_or_ending_a_scheduled_one_is_a_conflict()
    {
        var ngo = await host.Data.NgoAsync();
        var hub = await host.Data.AccountAsync(ngo, AccountRole.Hub);
        var live = await host.Data.SessionAsync(ngo, [hub], started: true);
        var scheduled = await host.Data.SessionAsync(ngo, [hub], started: false);
        var editor = await host.MemberAsync(ngo, MemberRole.Editor);

        var start = await Unchanged.AfterAsync(host, () => host.DataAsync(editor.Viewer, LiveSessionMutationDocuments.Start, new { input = new { liveSessionId = LiveSessionMutationDocuments.Id(live.Id) } }));
        var end = await Unchanged.AfterAsync(host, () => host.DataAsync(editor.Viewer, LiveSessionMutationDocuments.End, new { input = new { liveSessionId = LiveSessionMutationDocuments.Id(scheduled.Id) } }));

        start.Failed("startLiveSession", "liveSession", "NOT_SCHEDULED");
        end.Failed("endLiveSession", "liveSession", "NOT_LIVE");
        Assert.Equal((LiveSessionStatus.Live, LiveSessionStatus.Scheduled), (await StatusOfAsync(live.Id), await StatusOfAsync(scheduled.Id)));
    }

    [Fact]
    public async Task Viewers_and_anonymous_callers_cannot_start_or_end_sessions()
    {
        var ngo = await host.Data.NgoAsync();
        var session = await host.Data.SessionAsync(ngo, [await host.Data.AccountAsync(ngo, AccountRole.Hub)], started: false);
        var viewer = await host.MemberAsync(ngo, MemberRole.Viewer);
        var input = new { input = new { liveSessionId = LiveSessionMutationDocuments.Id(session.Id) } };

        foreach (var caller in new[] { viewer.Viewer, Viewer.Anonymous })
        {
            var start = await Unchanged.AfterAsync(host, () => host.DataAsync(caller, LiveSessionMutationDocuments.Start, input));
            var end = await Unchanged.AfterAsync(host, () => host.DataAsync(caller, LiveSessionMutationDocuments.End, input));

            start.Failed("startLiveSession", "liveSession", "FORBIDDEN");
            end.Failed("endLiveSession", "liveSession", "FORBIDDEN");
        }

        Assert.Equal(LiveSessionStatus.Scheduled, await StatusOfAsync(session.Id));
    }

    private async Task<LiveSessionStatus> StatusOfAsync(Guid sessionId)
    {
        await using var db = host.Db();
        return (await db.LiveSessions.SingleAsync(s => s.Id == sessionId)).Status;
    }
}
