using GraphQL.Types;
using Headless.Domain.LiveSessions;
using Headless.Domain.Members;
using Headless.Schema.Mutations;
using Headless.Schema.Ngos;

namespace Headless.Schema.LiveSessions;

internal static class LiveSessionMutations
{
    public static void AddLiveSessionMutations(this ObjectGraphType mutation)
    {
        mutation.AddMutation<CreateLiveSessionInputType, CreateLiveSessionInput, LiveSessionType, LiveSession>(
            "createLiveSession", "Schedules a live-tweeting session of an NGO, by its own accounts (EDITOR).", "liveSession", async (m, input) =>
            {
                var ngo = await NgoTargets.LoadAsync(m, input.NgoId, MemberRole.Editor);
                var session = LiveSession.Create(ngo.Id, new LiveSessionDetails(
                    input.Slug, input.Title, input.Description, input.Hashtags, input.PlaceName, input.Latitude, input.Longitude, input.ScheduledStartAt), m.Now);
                await LiveSessionTargets.EnsureSlugFreeAsync(m, session);
                session.SetAccounts(await LiveSessionTargets.AccountsAsync(m, input.AccountIds ?? []));
                m.Db.LiveSessions.Add(session);
                m.Audit(ngo.Id, "LiveSession", session.Id);
                return session;
            });

        mutation.AddMutation<UpdateLiveSessionInputType, UpdateLiveSessionInput, LiveSessionType, LiveSession>(
            "updateLiveSession", "Changes a session's details and, when given, its accounts (EDITOR); the slug stays.", "liveSession", async (m, input) =>
            {
                var session = await LiveSessionTargets.LoadAsync(m, input.LiveSessionId);
                session.Update(new LiveSessionDetails(
                    session.Slug, input.Title, input.Description, input.Hashtags, input.PlaceName, input.Latitude, input.Longitude, input.ScheduledStartAt));
                if (input.AccountIds is { } accountIds)
                {
                    session.SetAccounts(await LiveSessionTargets.AccountsAsync(m, accountIds));
                }

                m.Audit(session.NgoId, "LiveSession", session.Id);
                m.Publish((events, ct) => events.LiveSessionUpdatedAsync(session.Id, ct));
                return session;
            });

        mutation.AddMutation<StartLiveSessionInputType, StartLiveSessionInput, LiveSessionType, LiveSession>(
            "startLiveSession", "Starts a scheduled session now (EDITOR); NOT_SCHEDULED otherwise.", "liveSession", async (m, input) =>
            {
                var session = await LiveSessionTargets.LoadAsync(m, input.LiveSessionId);
                LiveSessionTargets.ChangeState(() => session.Start(m.Now));
                m.Audit(session.NgoId, "LiveSession", session.Id);
                m.Publish((events, ct) => events.LiveSessionUpdatedAsync(session.Id, ct));
                return session;
            });

        mutation.AddMutation<EndLiveSessionInputType, EndLiveSessionInput, LiveSessionType, LiveSession>(
            "endLiveSession", "Ends a live session now (EDITOR); NOT_LIVE otherwise.", "liveSession", async (m, input) =>
            {
                var session = await LiveSessionTargets.LoadAsync(m, input.LiveSessionId);
                LiveSessionTargets.ChangeState(() => session.End(m.Now));
                m.Audit(session.NgoId, "LiveSession", session.Id);
                m.Publish((events, ct) => events.LiveSessionUpdatedAsync(session.Id, ct));
                return session;
            });
    }
}
