using Headless.Domain.LiveSessions;
using Headless.Domain.Tests.Support;

namespace Headless.Domain.Tests.LiveSessions;

public sealed class LiveSessionTests
{
    [Fact]
    public void Create_stores_the_normalised_details_and_schedules_the_session()
    {
        var ngoId = Guid.NewGuid();
        var details = LiveSessionSamples.Details(hashtags: ["#ManilaLive", "manilalive", "#PlanAsia"], title: " Field hospital ");

        var session = LiveSession.Create(ngoId, details, Utc.March(1));

        Assert.Equal(ngoId, session.NgoId);
        Assert.Equal("field-hospital", session.Slug);
        Assert.Equal("Field hospital", session.Title);
        Assert.Equal("Manila", session.PlaceName);
        Assert.Equal(14.5995, session.Latitude);
        Assert.Equal(120.9842, session.Longitude);
        Assert.Equal(LiveSessionSamples.ScheduledStart, session.ScheduledStartAt);
        Assert.Equal(Utc.March(1), session.CreatedAt);
        Assert.Equal(["ManilaLive", "PlanAsia"], session.Hashtags.Select(h => h.Text));
        Assert.Equal(["manilalive", "planasia"], session.Hashtags.Select(h => h.Key));
        Assert.All(session.Hashtags, h => Assert.Equal(session.Id, h.LiveSessionId));
        Assert.Equal(LiveSessionStatus.Scheduled, session.Status);
    }

    [Theory]
    [InlineData("blank title", "title", "REQUIRED")]
    [InlineData("blank place", "placeName", "REQUIRED")]
    [InlineData("no hashtag", "hashtags", "REQUIRED")]
    [InlineData("bad hashtag", "hashtags", "INVALID_HASHTAG")]
    [InlineData("local time", "scheduledStartAt", "NOT_UTC")]
    public void Create_names_the_field_that_breaks_a_rule(string brokenRule, string field, string code)
    {
        var details = brokenRule switch
        {
            "blank title" => LiveSessionSamples.Details(title: " "),
            "blank place" => LiveSessionSamples.Details(placeName: ""),
            "no hashtag" => LiveSessionSamples.Details(hashtags: []),
            "bad hashtag" => LiveSessionSamples.Details(hashtags: ["manila live"]),
            _ => LiveSessionSamples.Details(scheduledStartAt: Utc.LocalTime()),
        };

        DomainAssert.Broken(() => LiveSessionSamples.Create(details: details), field, code);
    }

    [Fact]
    public void Update_replaces_the_hashtags_and_the_place()
    {
        var session = LiveSessionSamples.Create();

        session.Update(LiveSessionSamples.Details(latitude: null, longitude: null, hashtags: ["#Cebu"], placeName: "Cebu"));

        Assert.Equal(["cebu"], session.Hashtags.Select(h => h.Key));
        Assert.Equal("Cebu", session.PlaceName);
        Assert.Null(session.Latitude);
        Assert.Null(session.Longitude);
    }

    [Fact]
    public void A_session_goes_from_scheduled_to_live_to_ended()
    {
        var session = LiveSessionSamples.Create();

        session.Start(Utc.March(10, 9, 5));
        Assert.Equal(LiveSessionStatus.Live, session.Status);
        Assert.Equal(Utc.March(10, 9, 5), session.StartedAt);

        session.End(Utc.March(10, 17));
        Assert.Equal(LiveSessionStatus.Ended, session.Status);
        Assert.Equal(Utc.March(10, 17), session.EndedAt);
    }

    [Fact]
    public void Only_a_scheduled_session_can_start()
    {
        var live = LiveSessionSamples.Create();
        live.Start(Utc.March(10, 9));
        var ended = LiveSessionSamples.Create();
        ended.Start(Utc.March(10, 9));
        ended.End(Utc.March(10, 10));

        DomainAssert.Broken(() => live.Start(Utc.March(10, 11)), string.Empty, "NOT_SCHEDULED");
        DomainAssert.Broken(() => ended.Start(Utc.March(10, 11)), string.Empty, "NOT_SCHEDULED");
        Assert.Equal(Utc.March(10, 9), live.StartedAt);
        Assert.Equal(LiveSessionStatus.Ended, ended.Status);
    }

    [Fact]
    public void Only_a_live_session_can_end()
    {
        var scheduled = LiveSessionSamples.Create();
        var ended = LiveSessionSamples.Create();
        ended.Start(Utc.March(10, 9));
        ended.End(Utc.March(10, 10));

        DomainAssert.Broken(() => scheduled.End(Utc.March(10, 11)), string.Empty, "NOT_LIVE");
        DomainAssert.Broken(() => ended.End(Utc.March(10, 11)), string.Empty, "NOT_LIVE");
        Assert.Null(scheduled.EndedAt);
        Assert.Equal(Utc.March(10, 10), ended.EndedAt);
    }

    [Fact]
    public void An_end_before_the_start_is_clamped_to_the_start()
    {
        var session = LiveSessionSamples.Create();
        session.Start(Utc.March(10, 9));

        session.End(Utc.March(10, 8));

        Assert.Equal(Utc.March(10, 9), session.EndedAt);
    }

    [Fact]
    public void Starting_with_a_local_time_is_refused()
    {
        var session = LiveSessionSamples.Create();

        DomainAssert.Broken(() => session.Start(Utc.LocalTime()), "now", "NOT_UTC");
        Assert.Equal(LiveSessionStatus.Scheduled, session.Status);
    }

    [Theory]
    [InlineData(false, false, LiveSessionStatus.Scheduled)]
    [InlineData(true, false, LiveSessionStatus.Live)]
    [InlineData(true, true, LiveSessionStatus.Ended)]
    public void Restored_times_give_the_matching_status(bool started, bool ended, LiveSessionStatus expected)
    {
        var session = LiveSessionSamples.Create();

        session.RestoreTimes(started ? Utc.March(10, 9) : null, ended ? Utc.March(10, 12) : null);

        Assert.Equal(expected, session.Status);
    }

    [Fact]
    public void Restored_times_must_end_after_they_start()
    {
        var session = LiveSessionSamples.Create();

        DomainAssert.Broken(() => session.RestoreTimes(null, Utc.March(10, 12)), "endedAt", "INVALID_WINDOW");
        DomainAssert.Broken(() => session.RestoreTimes(Utc.March(10, 12), Utc.March(10, 11)), "endedAt", "INVALID_WINDOW");
        Assert.Equal(LiveSessionStatus.Scheduled, session.Status);
    }

    [Theory]
    [InlineData("bad hashtag", "hashtags", "INVALID_HASHTAG")]
    [InlineData("local time", "scheduledStartAt", "NOT_UTC")]
    [InlineData("latitude alone", "longitude", "REQUIRED")]
    public void A_refused_update_leaves_the_session_as_it_was(string brokenRule, string field, string code)
    {
        var session = LiveSessionSamples.Create();
        var changed = LiveSessionSamples.Details(10.3157, 123.8854, ["#Cebu"], "Field hospital, day two", "Cebu", Utc.March(11, 9));
        var details = brokenRule switch
        {
            "bad hashtag" => changed with { Hashtags = ["#Cebu", "cebu live"] },
            "local time" => changed with { ScheduledStartAt = Utc.LocalTime() },
            _ => changed with { Longitude = null },
        };

        DomainAssert.Broken(() => session.Update(details), field, code);

        Assert.Equal("Field hospital, day one", session.Title);
        Assert.Equal("Manila", session.PlaceName);
        Assert.Equal(14.5995, session.Latitude);
        Assert.Equal(LiveSessionSamples.ScheduledStart, session.ScheduledStartAt);
        Assert.Equal(["manilalive"], session.Hashtags.Select(h => h.Key));
    }
}
