using System.Text.Json.Nodes;
using Headless.Api.Tests.Campaigns;
using Headless.Api.Tests.Infrastructure;
using Headless.Domain.LiveSessions;
using Headless.Domain.Ngos;

namespace Headless.Api.Tests.LiveSessions;

/// <summary>Finding live sessions by status, hashtag, NGO and words.</summary>
public sealed class LiveSessionFilterTests
{
    private const string Query = """
        query($filter: LiveSessionFilter) {
          liveSessions(filter: $filter, order: { field: TITLE, direction: ASC }) { totalCount nodes { title status } }
        }
        """;

    [Fact]
    public async Task Sessions_filter_by_status_hashtag_and_words()
    {
        await using var api = HeadlessApiFactory.OnSqlite();
        var ngo = await SessionsAsync(api.Data);

        var live = await ListAsync(api, new { ngoSlug = ngo.Slug, status = new[] { "LIVE" } });
        var notLive = await ListAsync(api, new { ngoSlug = ngo.Slug, status = new[] { "SCHEDULED", "ENDED" } });
        var tagged = await ListAsync(api, new { ngoSlug = ngo.Slug, hashtag = "#MARKETday" });
        var searched = await ListAsync(api, new { ngoSlug = ngo.Slug, search = "ROUBAIX" });

        Assert.Equal(["Market"], CampaignPageAssertions.Strings(live["nodes"], "title"));
        Assert.Equal(["Concert", "Workshop"], CampaignPageAssertions.Strings(notLive["nodes"], "title"));
        Assert.Equal(["ENDED", "SCHEDULED"], CampaignPageAssertions.Strings(notLive["nodes"], "status"));
        Assert.Equal(["Market"], CampaignPageAssertions.Strings(tagged["nodes"], "title"));
        Assert.Equal(["Workshop"], CampaignPageAssertions.Strings(searched["nodes"], "title"));
    }

    [Fact]
    public async Task An_invalid_hashtag_is_a_clear_client_error()
    {
        await using var api = HeadlessApiFactory.OnSqlite();

        var errors = GraphQLErrors.Of(await api.CreateClient().PostAsync(Query, new { filter = new { hashtag = "bad tag" } }));

        Assert.Equal(["INVALID_HASHTAG"], errors.Codes());
    }

    private static async Task<Ngo> SessionsAsync(TestData data)
    {
        var now = data.Now;
        var ngo = await data.NgoAsync();
        await data.LiveSessionAsync(ngo, Details("Market", "MarketDay", "Lille", now), [], startedAt: now.AddHours(-1));
        await data.LiveSessionAsync(ngo, Details("Concert", "ConcertNight", "Lille", now.AddDays(-3)), [], startedAt: now.AddDays(-3), endedAt: now.AddDays(-3).AddHours(2));
        await data.LiveSessionAsync(ngo, Details("Workshop", "Workshop", "Roubaix", now.AddDays(2)), []);
        return ngo;
    }

    private static LiveSessionDetails Details(string title, string hashtag, string place, DateTime scheduledAt) =>
        new(TestData.Unique("s-"), title, null, [hashtag], place, null, null, scheduledAt);

    private static async Task<JsonNode> ListAsync(HeadlessApiFactory api, object filter) =>
        (await api.CreateClient().QueryAsync(Query, new { filter }))["liveSessions"]!;
}
