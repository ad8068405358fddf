using Headless.Api.Tests.Infrastructure;
using Headless.Domain.LiveSessions;
using Headless.Isolation.Tests.Support;
using static Headless.Isolation.Tests.Matrix.MutationCases;

namespace Headless.Isolation.Tests.Matrix.Cases;

/// <summary>Live-tweeting sessions (EDITOR).</summary>
internal static class LiveSessionCases
{
    public static IEnumerable<KeyValuePair<string, IReadOnlyList<MutationScenario>>> All()
    {
        Type[] sessions = [typeof(LiveSession), typeof(LiveSessionHashtag)];

        yield return Case("createLiveSession", Need.Editor, sessions, t => Ready(new
        {
            ngoId = t.GlobalId,
            slug = TestData.Unique("s-"),
            title = "Inaugurating the first well",
            hashtags = new[] { TestData.Unique("well") },
            placeName = "Kaolack, Senegal",
            latitude = 14.15,
            longitude = -16.07,
            scheduledStartAt = IsolationHost.Now.AddDays(2),
        }));

        yield return Case("updateLiveSession", Need.Editor, sessions, async t => new
        {
            liveSessionId = SessionId(await t.SessionAsync(started: false)),
            title = "Inauguration, moved",
            hashtags = new[] { TestData.Unique("well") },
            placeName = "Fatick, Senegal",
            scheduledStartAt = IsolationHost.Now.AddDays(3),
        });

        yield return Case("startLiveSession", Need.Editor, sessions, async t => new { liveSessionId = SessionId(await t.SessionAsync(started: false)) });
        yield return Case("endLiveSession", Need.Editor, sessions, async t => new { liveSessionId = SessionId(await t.SessionAsync(started: true)) });
    }

    private static string SessionId(LiveSession session) => NodeId.Of("LiveSession", session.Id);
}
