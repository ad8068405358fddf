using System.Text.Json.Nodes;

namespace Headless.Api.Tests.Campaigns;

/// <summary>What the campaign page of <see cref="CampaignPageScenario"/> must show, on any database.</summary>
public static class CampaignPageAssertions
{
    public static void ShowsTheScenario(JsonNode? campaign)
    {
        Assert.NotNull(campaign);
        Assert.Equal("LIVE", campaign["status"]!.GetValue<string>());
        // The schema promises no order of hashtags, only the set.
        Assert.Equal(["HelpingHands", "WinterAppeal"], Strings(campaign["hashtags"]).Order(StringComparer.Ordinal));
        Assert.Equal("Relaunch", campaign["currentPhase"]!["name"]!.GetValue<string>());
        Assert.Equal(["Launch", "Relaunch", "Last days"], Strings(campaign["phases"]!["nodes"], "name"));

        // 12.50 + 25.00 + 25.00 + 7.75; the refunded 100.25 is left out. Matched is capped at 5.00.
        var progress = campaign["progress"]!;
        Assert.Equal("70.25", progress["raised"]!["amount"]!.GetValue<string>());
        Assert.Equal("5.00", progress["matched"]!["amount"]!.GetValue<string>());
        Assert.Equal("75.25", progress["total"]!["amount"]!.GetValue<string>());
        Assert.Equal(4, progress["donorCount"]!.GetValue<int>());
        Assert.Equal("7.52", progress["percentage"]!.GetValue<string>());
        Assert.Equal(20 * 24 * 3600L, progress["remainingSeconds"]!.GetValue<long>());
        Assert.Equal("5.00", campaign["matchingRule"]!["matchedAmount"]!["amount"]!.GetValue<string>());
        Assert.Equal("0.50", campaign["matchingRule"]!["perReply"]!["amount"]!.GetValue<string>());

        // The archived tier is hidden; the others keep their display order.
        var tiers = campaign["tiers"]!;
        Assert.Equal(3, tiers["totalCount"]!.GetValue<int>());
        Assert.Equal(["Supporter", "Blanket pack", "Early bird"], Strings(tiers["nodes"], "name"));
        Assert.Equal(["AVAILABLE", "SOLD_OUT", "ENDED"], Strings(tiers["nodes"], "availability"));
        Assert.Equal(0, tiers["nodes"]![1]!["availableQuantity"]!.GetValue<int>());
        Assert.Equal("25.00", tiers["nodes"]![1]!["amount"]!["amount"]!.GetValue<string>());
        Assert.Equal(["10.00", "25.00", "50.00"], Strings(tiers["nodes"]![0]!["presets"], "amount"));

        var donations = campaign["donations"]!;
        Assert.Equal(4, donations["totalCount"]!.GetValue<int>());
        Assert.Equal(["7.75", "12.50", "25.00", "25.00"], Strings(donations["nodes"], "amount", "amount"));
        Assert.Null(donations["nodes"]![2]!["donorName"]);
        Assert.True(donations["nodes"]![2]!["isAnonymous"]!.GetValue<bool>());

        Assert.Equal(["Halfway there", "First week"], Strings(campaign["updates"]!["nodes"], "title"));
        Assert.Equal(["Logistics", "Food"], Strings(campaign["expenses"]!["nodes"], "category"));
        Assert.Equal("200.50", campaign["expensesTotal"]!["amount"]!.GetValue<string>());

        Assert.Equal(
            ["1900000000000000004", "1900000000000000003", "1900000000000000002", "1900000000000000001"],
            Strings(campaign["tweets"]!["nodes"], "xId"));
    }

    /// <summary>The strings of a JSON array, or of one (nested) property of each of its items.</summary>
    public static string[] Strings(JsonNode? array, params string[] path) =>
        [.. array!.AsArray().Select(item => path.Aggregate(item, (node, key) => node?[key])!.GetValue<string>())];
}
