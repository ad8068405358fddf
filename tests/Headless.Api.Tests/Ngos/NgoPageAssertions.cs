using System.Text.Json.Nodes;
using Headless.Api.Tests.Campaigns;

namespace Headless.Api.Tests.Ngos;

/// <summary>What the NGO page of <see cref="NgoPageScenario"/> must show, on any database.</summary>
public static class NgoPageAssertions
{
    public static void ShowsTheScenario(JsonNode? ngo)
    {
        Assert.NotNull(ngo);
        var hub = ngo["hub"]!;
        Assert.Equal("HelpingHands", hub["handle"]!.GetValue<string>());
        Assert.Equal(["HelpingNorth", "HelpingSouth"], CampaignPageAssertions.Strings(hub["children"]!["nodes"], "handle"));
        var north = hub["children"]!["nodes"]![0]!;
        var south = hub["children"]!["nodes"]![1]!;
        Assert.Equal(["HelpingLille", "HelpingRoubaix"], CampaignPageAssertions.Strings(north["children"]!["nodes"], "handle"));
        Assert.Equal(["MarieVolunteer"], CampaignPageAssertions.Strings(south["children"]!["nodes"], "handle"));
        var lille = north["children"]!["nodes"]![0]!;
        Assert.Equal("HelpingNorth", lille["parent"]!["handle"]!.GetValue<string>());
        Assert.Equal("HelpingHands", lille["hub"]!["handle"]!.GetValue<string>());

        // North: 3 originals, the hub retweeted 2 distinct ones (n1 twice) -> 66.66 % (truncated).
        AssertAmplification(north, tweets: 3, originals: 3, amplified: 2, rate: "66.66", retweetsOfOthers: 0);

        // South retweeting North does not count as the hub amplifying North.
        AssertAmplification(south, tweets: 2, originals: 1, amplified: 0, rate: "0.00", retweetsOfOthers: 1);
        AssertAmplification(lille, tweets: 2, originals: 1, amplified: 1, rate: "100.00", retweetsOfOthers: 0);
        AssertAmplification(hub, tweets: 4, originals: 0, amplified: 0, rate: "0.00", retweetsOfOthers: 4);

        Assert.Equal(6, ngo["accounts"]!["totalCount"]!.GetValue<int>());
        Assert.Equal(["winter-appeal"], CampaignPageAssertions.Strings(ngo["campaigns"]!["nodes"], "slug"));
        Assert.Equal(11, ngo["tweets"]!["totalCount"]!.GetValue<int>());
        Assert.Equal(["1910000000000000011", "1910000000000000010", "1910000000000000009"], CampaignPageAssertions.Strings(ngo["tweets"]!["nodes"], "xId"));
    }

    private static void AssertAmplification(JsonNode account, int tweets, int originals, int amplified, string rate, int retweetsOfOthers)
    {
        var stats = account["amplification"]!;
        var handle = account["handle"]!.GetValue<string>();
        Assert.True(tweets == stats["tweetCount"]!.GetValue<int>(), $"{handle} tweetCount: {stats}");
        Assert.True(originals == stats["originalCount"]!.GetValue<int>(), $"{handle} originalCount: {stats}");
        Assert.True(amplified == stats["amplifiedByHubCount"]!.GetValue<int>(), $"{handle} amplifiedByHubCount: {stats}");
        Assert.True(rate == stats["amplificationRate"]!.GetValue<string>(), $"{handle} amplificationRate: {stats}");
        Assert.True(retweetsOfOthers == stats["retweetsOfOthersCount"]!.GetValue<int>(), $"{handle} retweetsOfOthersCount: {stats}");
    }
}
