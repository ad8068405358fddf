using Headless.Api.Tests.Infrastructure;

namespace Headless.Api.Tests.Seeding;

/// <summary>A host started with demo seeding on an empty database serves the repository's seed data set.</summary>
public sealed class DemoSeedingTests
{
    [Fact]
    public async Task The_host_seeds_the_demo_NGOs_campaigns_and_live_feeds()
    {
        await using var api = HeadlessApiFactory.OnSqlite(new() { ["Database:SeedDemoData"] = "true" });

        var data = await api.CreateClient().QueryAsync(
            """
            {
              ngos { totalCount }
              campaign(ngoSlug: "croix-rouge-francaise", slug: "perfect-gift") {
                status hashtags
                matchingRule { sponsorName cap { amount } }
                progress { matched { amount } }
              }
              liveSessions(first: 50) { totalCount nodes { slug tweets { totalCount } } }
            }
            """);

        Assert.Equal(7, data["ngos"]!["totalCount"]!.GetValue<int>());
        var campaign = data["campaign"];
        Assert.NotNull(campaign);
        Assert.NotNull(campaign["matchingRule"]);
        var matched = decimal.Parse(campaign["progress"]!["matched"]!["amount"]!.GetValue<string>(), System.Globalization.CultureInfo.InvariantCulture);
        Assert.True(matched > 0m, $"Nothing matched: {campaign}");
        Assert.Contains(data["liveSessions"]!["nodes"]!.AsArray(), s => s!["tweets"]!["totalCount"]!.GetValue<int>() > 0);
    }
}
