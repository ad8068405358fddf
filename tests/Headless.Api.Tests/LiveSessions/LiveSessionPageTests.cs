using Headless.Api.Tests.Campaigns;
using Headless.Api.Tests.Infrastructure;
using Snapshooter.Xunit;

namespace Headless.Api.Tests.LiveSessions;

/// <summary>The live-session page a dashboard follows: place, accounts and the feed, newest first.</summary>
public sealed class LiveSessionPageTests
{
    [Fact]
    public async Task The_live_session_page_matches_its_reviewed_snapshot()
    {
        await using var api = HeadlessApiFactory.OnSqlite();
        await LiveSessionPageScenario.BuildAsync(api.Data);

        var data = await api.CreateClient().QueryAsync(LiveSessionPageScenario.Query, LiveSessionPageScenario.Variables());

        Snapshot.Match(PageSnapshot.Format(data), PageSnapshot.IgnoreIds);
    }

    [Fact]
    public async Task The_feed_is_newest_first_and_the_accounts_are_by_handle()
    {
        await using var api = HeadlessApiFactory.OnSqlite();
        await LiveSessionPageScenario.BuildAsync(api.Data);

        var session = (await api.CreateClient().QueryAsync(LiveSessionPageScenario.Query, LiveSessionPageScenario.Variables()))["liveSession"]!;

        Assert.Equal("LIVE", session["status"]!.GetValue<string>());
        Assert.Equal(50.6292, session["location"]!["latitude"]!.GetValue<double>());
        Assert.Equal(["HelpingLille", "MarieVolunteer"], CampaignPageAssertions.Strings(session["accounts"]!["nodes"], "handle"));
        Assert.Equal(
            ["1920000000000000005", "1920000000000000004", "1920000000000000003", "1920000000000000002", "1920000000000000001"],
            CampaignPageAssertions.Strings(session["tweets"]!["nodes"], "xId"));
    }

    [Fact]
    public async Task The_feed_can_be_narrowed_to_some_kinds_of_tweets()
    {
        await using var api = HeadlessApiFactory.OnSqlite();
        await LiveSessionPageScenario.BuildAsync(api.Data);
        var client = api.CreateClient();

        var originals = (await client.QueryAsync(LiveSessionPageScenario.Query, LiveSessionPageScenario.Variables("ORIGINAL")))["liveSession"]!["tweets"]!;
        var engagements = (await client.QueryAsync(LiveSessionPageScenario.Query, LiveSessionPageScenario.Variables("RETWEET", "REPLY")))["liveSession"]!["tweets"]!;

        Assert.Equal(3, originals["totalCount"]!.GetValue<int>());
        Assert.Equal(["1920000000000000005", "1920000000000000002", "1920000000000000001"], CampaignPageAssertions.Strings(originals["nodes"], "xId"));
        Assert.Equal(["RETWEET", "REPLY"], CampaignPageAssertions.Strings(engagements["nodes"], "kind"));
    }
}
