using System.Text.Json.Nodes;
using Headless.Api.Tests.Campaigns;
using Headless.Api.Tests.Infrastructure;
using Headless.Domain.Campaigns;
using Headless.Domain.Ngos;
using Headless.Domain.Tiers;

namespace Headless.Api.Tests.Tiers;

/// <summary>Scarcity and exclusivity of tiers as a front end shows them: what is left, what ended, what was retired.</summary>
public sealed class TierAvailabilityTests
{
    private const string Query = """
        query($ngo: String!, $slug: String!, $availability: [TierAvailability!]) {
          campaign(ngoSlug: $ngo, slug: $slug) {
            tiers(filter: { availability: $availability }) {
              totalCount
              nodes {
                name availability maxQuantity availableQuantity amountType
                amount { amount currency } minimumAmount { amount } maximumAmount { amount } presets { amount }
              }
            }
          }
        }
        """;

    [Fact]
    public async Task A_limited_tier_is_sold_out_once_every_place_is_taken()
    {
        await using var api = HeadlessApiFactory.OnSqlite();
        var (ngo, campaign) = await CampaignAsync(api.Data);
        await api.Data.TierAsync(campaign, Fixed("Half taken", 25m, maxQuantity: 4, sortOrder: 0), claimed: 2);
        await api.Data.TierAsync(campaign, Fixed("All taken", 25m, maxQuantity: 3, sortOrder: 1), claimed: 3);
        await api.Data.TierAsync(campaign, Fixed("Unlimited", 25m, maxQuantity: null, sortOrder: 2), claimed: 7);

        var tiers = await TiersAsync(api, ngo, campaign);

        Assert.Equal(["AVAILABLE", "SOLD_OUT", "AVAILABLE"], CampaignPageAssertions.Strings(tiers["nodes"], "availability"));
        Assert.Equal([2, 0, null], tiers["nodes"]!.AsArray().Select(t => t!["availableQuantity"]?.GetValue<int>()));
        Assert.Equal([4, 3, null], tiers["nodes"]!.AsArray().Select(t => t!["maxQuantity"]?.GetValue<int>()));
    }

    [Fact]
    public async Task A_tier_ends_at_its_end_date_by_the_clock()
    {
        await using var api = HeadlessApiFactory.OnSqlite();
        var now = api.Data.Now;
        var (ngo, campaign) = await CampaignAsync(api.Data);
        await api.Data.TierAsync(campaign, Fixed("Ended yesterday", 10m, sortOrder: 0) with { EndsAt = now.AddDays(-1) });
        await api.Data.TierAsync(campaign, Fixed("Ends in an hour", 10m, sortOrder: 1) with { EndsAt = now.AddHours(1) });

        var before = await TiersAsync(api, ngo, campaign);
        api.Clock.Advance(TimeSpan.FromHours(1));
        var after = await TiersAsync(api, ngo, campaign);

        Assert.Equal(["ENDED", "AVAILABLE"], CampaignPageAssertions.Strings(before["nodes"], "availability"));
        Assert.Equal(["ENDED", "ENDED"], CampaignPageAssertions.Strings(after["nodes"], "availability"));
    }

    [Fact]
    public async Task Archived_tiers_are_hidden_unless_asked_for()
    {
        await using var api = HeadlessApiFactory.OnSqlite();
        var (ngo, campaign) = await CampaignAsync(api.Data);
        await api.Data.TierAsync(campaign, Fixed("Current", 10m, sortOrder: 0));
        await api.Data.TierAsync(campaign, Fixed("Retired", 10m, sortOrder: 1), archived: true);
        await api.Data.TierAsync(campaign, Fixed("Gone", 10m, maxQuantity: 1, sortOrder: 2), claimed: 1);

        var byDefault = await TiersAsync(api, ngo, campaign);
        var archived = await TiersAsync(api, ngo, campaign, "ARCHIVED");
        var unavailable = await TiersAsync(api, ngo, campaign, "SOLD_OUT", "ARCHIVED");

        Assert.Equal(["Current", "Gone"], CampaignPageAssertions.Strings(byDefault["nodes"], "name"));
        Assert.Equal(2, byDefault["totalCount"]!.GetValue<int>());
        Assert.Equal(["Retired"], CampaignPageAssertions.Strings(archived["nodes"], "name"));
        Assert.Equal(["Retired", "Gone"], CampaignPageAssertions.Strings(unavailable["nodes"], "name"));
    }

    [Fact]
    public async Task Tier_amounts_are_exact_strings_in_the_campaign_currency()
    {
        await using var api = HeadlessApiFactory.OnSqlite();
        var (ngo, campaign) = await CampaignAsync(api.Data);
        await api.Data.TierAsync(campaign, Fixed("Fixed", 12.5m, sortOrder: 0));
        await api.Data.TierAsync(campaign, new TierDetails("From one euro", null, null, TierAmountType.Flexible, null, null, 250m, [50m, 7.5m, 50m, 20m], null, null, 1));

        var nodes = (await TiersAsync(api, ngo, campaign))["nodes"]!;

        Assert.Equal("FIXED", nodes[0]!["amountType"]!.GetValue<string>());
        Assert.Equal("12.50", nodes[0]!["amount"]!["amount"]!.GetValue<string>());
        Assert.Equal("EUR", nodes[0]!["amount"]!["currency"]!.GetValue<string>());
        Assert.Null(nodes[0]!["minimumAmount"]);
        Assert.Equal("FLEXIBLE", nodes[1]!["amountType"]!.GetValue<string>());
        Assert.Null(nodes[1]!["amount"]);
        Assert.Equal("1.00", nodes[1]!["minimumAmount"]!["amount"]!.GetValue<string>());
        Assert.Equal("250.00", nodes[1]!["maximumAmount"]!["amount"]!.GetValue<string>());
        Assert.Equal(["7.50", "20.00", "50.00"], CampaignPageAssertions.Strings(nodes[1]!["presets"], "amount"));
    }

    private static TierDetails Fixed(string name, decimal amount, int? maxQuantity = null, int sortOrder = 0) =>
        new(name, null, null, TierAmountType.Fixed, amount, null, null, [], maxQuantity, null, sortOrder);

    private static async Task<(Ngo Ngo, Campaign Campaign)> CampaignAsync(TestData data)
    {
        var ngo = await data.NgoAsync();
        return (ngo, await data.CampaignAsync(ngo));
    }

    private static async Task<JsonNode> TiersAsync(HeadlessApiFactory api, Ngo ngo, Campaign campaign, params string[] availability) =>
        (await api.CreateClient().QueryAsync(Query, new { ngo = ngo.Slug, slug = campaign.Slug, availability = availability.Length == 0 ? null : availability }))["campaign"]!["tiers"]!;
}
