using Headless.Domain.Accounts;
using Headless.Domain.LiveSessions;
using Headless.Domain.Tests.Support;

namespace Headless.Domain.Tests.LiveSessions;

/// <summary>A live-tweeting session from a field hospital, scheduled for 10 March 2025 at 09:00 UTC.</summary>
internal static class LiveSessionSamples
{
    public static DateTime ScheduledStart => Utc.March(10, 9);

    public static LiveSessionDetails Details(
        double? latitude = 14.5995,
        double? longitude = 120.9842,
        IReadOnlyList<string>? hashtags = null,
        string title = "Field hospital, day one",
        string placeName = "Manila",
        DateTime? scheduledStartAt = null) =>
        new("field-hospital", title, null, hashtags ?? ["#ManilaLive"], placeName, latitude, longitude, scheduledStartAt ?? ScheduledStart);

    public static LiveSession Create(Guid? ngoId = null, LiveSessionDetails? details = null) =>
        LiveSession.Create(ngoId ?? Guid.NewGuid(), details ?? Details(), Utc.March(1));

    public static TwitterAccount Reporter(Guid ngoId, string handle) =>
        TwitterAccount.Create(ngoId, new AccountDetails(handle, handle, AccountRole.Local), Utc.March(1));
}
