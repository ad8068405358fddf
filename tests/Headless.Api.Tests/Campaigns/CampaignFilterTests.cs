using Headless.Api.Tests.Infrastructure;

namespace Headless.Api.Tests.Campaigns;

/// <summary>Filtering campaigns by hashtag, NGO and words, as front ends search them.</summary>
public sealed class CampaignFilterTests
{
    private const string Query = """
        query($filter: CampaignFilter) {
          campaigns(filter: $filter, order: { field: TITLE, direction: ASC }) { totalCount nodes { title } }
        }
        """;

    [Theory]
    [InlineData("PerfectGift")]
    [InlineData("perfectgift")]
    [InlineData("#PERFECTGIFT")]
    [InlineData("  #perfectGift ")]
    public async Task The_hashtag_filter_ignores_case_and_the_hash_sign(string hashtag)
    {
        await using var api = HeadlessApiFactory.OnSqlite();
        var now = api.Data.Now;
        var ngo = await api.Data.NgoAsync();
        await api.Data.CampaignAsync(ngo.Id, CampaignSamples.Details(now.AddDays(-1), now.AddDays(1), "Tagged", hashtags: ["Noel", "PerfectGift"]), c => c.Publish(now));
        await api.Data.CampaignAsync(ngo.Id, CampaignSamples.Details(now.AddDays(-1), now.AddDays(1), "Other", hashtags: ["PerfectGifts"]), c => c.Publish(now));

        var campaigns = await ListAsync(api, new { hashtag });

        Assert.Equal(["Tagged"], CampaignPageAssertions.Strings(campaigns["nodes"], "title"));
    }

    [Theory]
    [InlineData("no way!")]
    [InlineData("#")]
    [InlineData("2026")]
    public async Task An_invalid_hashtag_is_a_clear_client_error_not_an_internal_one(string hashtag)
    {
        await using var api = HeadlessApiFactory.OnSqlite();

        var errors = GraphQLErrors.Of(await api.CreateClient().PostAsync(Query, new { filter = new { hashtag } }));

        Assert.Equal(["INVALID_HASHTAG"], errors.Codes());
        Assert.Contains("hashtag", errors[0]!["message"]!.GetValue<string>(), StringComparison.OrdinalIgnoreCase);
        Assert.Equal("filter.hashtag", errors[0]!["extensions"]!["field"]!.GetValue<string>());
    }

    [Fact]
    public async Task The_NGO_filter_keeps_only_that_NGOs_campaigns()
    {
        await using var api = HeadlessApiFactory.OnSqlite();
        var now = api.Data.Now;
        var mine = await api.Data.NgoAsync();
        var theirs = await api.Data.NgoAsync();
        await api.Data.CampaignAsync(mine.Id, CampaignSamples.Details(now.AddDays(-1), now.AddDays(1), "Mine"), c => c.Publish(now));
        await api.Data.CampaignAsync(theirs.Id, CampaignSamples.Details(now.AddDays(-1), now.AddDays(1), "Theirs"), c => c.Publish(now));

        var campaigns = await ListAsync(api, new { ngoSlug = mine.Slug });
        var unknown = await ListAsync(api, new { ngoSlug = "no-such-ngo" });

        Assert.Equal(["Mine"], CampaignPageAssertions.Strings(campaigns["nodes"], "title"));
        Assert.Equal(0, unknown["totalCount"]!.GetValue<int>());
    }

    [Theory]
    [InlineData("blanket", new[] { "Winter Blankets" })]
    [InlineData("WINTER", new[] { "Summer Camp", "Winter Blankets" })]
    [InlineData("camp", new[] { "Summer Camp" })]
    [InlineData("nothing like it", new string[0])]
    [InlineData("%", new[] { "100% sure_thing" })]
    [InlineData("e_t", new[] { "100% sure_thing" })]
    public async Task The_search_filter_looks_for_literal_words_in_the_title_and_summary_ignoring_case(string search, string[] titles)
    {
        await using var api = HeadlessApiFactory.OnSqlite();
        var now = api.Data.Now;
        var ngo = await api.Data.NgoAsync();
        await api.Data.CampaignAsync(ngo.Id, CampaignSamples.Details(now.AddDays(-1), now.AddDays(1), "Winter Blankets", "Warm nights."), c => c.Publish(now));
        await api.Data.CampaignAsync(ngo.Id, CampaignSamples.Details(now.AddDays(-1), now.AddDays(1), "Summer Camp", "Planned during the winter."), c => c.Publish(now));
        await api.Data.CampaignAsync(ngo.Id, CampaignSamples.Details(now.AddDays(-1), now.AddDays(1), "100% sure_thing"), c => c.Publish(now));

        var campaigns = await ListAsync(api, new { ngoSlug = ngo.Slug, search });

        Assert.Equal(titles, CampaignPageAssertions.Strings(campaigns["nodes"], "title"));
        Assert.Equal(titles.Length, campaigns["totalCount"]!.GetValue<int>());
    }

    private static async Task<System.Text.Json.Nodes.JsonNode> ListAsync(HeadlessApiFactory api, object filter) =>
        (await api.CreateClient().QueryAsync(Query, new { filter }))["campaigns"]!;
}
