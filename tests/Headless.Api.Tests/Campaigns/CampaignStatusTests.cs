using Headless.Api.Tests.Infrastructure;
using Headless.Domain.Ngos;

namespace Headless.Api.Tests.Campaigns;

/// <summary>A campaign's status is derived from publication, archiving and the clock; no job ever flips it.</summary>
public sealed class CampaignStatusTests
{
    private const string ListQuery = """
        query($ngo: String!, $status: [CampaignStatus!]) {
          campaigns(filter: { ngoSlug: $ngo, status: $status }, order: { field: TITLE, direction: ASC }) {
            totalCount nodes { title status progress { remainingSeconds } }
          }
        }
        """;

    [Theory]
    [InlineData("SCHEDULED", "Scheduled")]
    [InlineData("LIVE", "Live")]
    [InlineData("ENDED", "Ended")]
    [InlineData("ARCHIVED", "Archived")]
    public async Task The_status_filter_returns_exactly_the_campaigns_in_that_status(string status, string title)
    {
        await using var api = HeadlessApiFactory.OnSqlite();
        var ngo = await OneCampaignPerStatusAsync(api.Data);

        var campaigns = (await api.CreateClient().QueryAsync(ListQuery, new { ngo = ngo.Slug, status = new[] { status } }))["campaigns"]!;

        Assert.Equal(1, campaigns["totalCount"]!.GetValue<int>());
        Assert.Equal(title, campaigns["nodes"]![0]!["title"]!.GetValue<string>());
        Assert.Equal(status, campaigns["nodes"]![0]!["status"]!.GetValue<string>());
    }

    [Fact]
    public async Task By_default_archived_campaigns_and_drafts_are_left_out()
    {
        await using var api = HeadlessApiFactory.OnSqlite();
        var ngo = await OneCampaignPerStatusAsync(api.Data);
        var client = api.CreateClient();

        var all = (await client.QueryAsync(ListQuery, new { ngo = ngo.Slug, status = (string[]?)null }))["campaigns"]!;
        var drafts = (await client.QueryAsync(ListQuery, new { ngo = ngo.Slug, status = new[] { "DRAFT" } }))["campaigns"]!;

        Assert.Equal(["Ended", "Live", "Scheduled"], CampaignPageAssertions.Strings(all["nodes"], "title"));
        Assert.Equal(["ENDED", "LIVE", "SCHEDULED"], CampaignPageAssertions.Strings(all["nodes"], "status"));
        Assert.Equal(0, drafts["totalCount"]!.GetValue<int>());
    }

    [Fact]
    public async Task A_campaign_is_live_from_its_start_instant_and_ended_from_its_end_instant()
    {
        await using var api = HeadlessApiFactory.OnSqlite();
        var now = api.Data.Now;
        var ngo = await api.Data.NgoAsync();
        await api.Data.CampaignAsync(ngo.Id, CampaignSamples.Details(now, now.AddDays(1), "Starts now"), c => c.Publish(now));
        await api.Data.CampaignAsync(ngo.Id, CampaignSamples.Details(now.AddDays(-1), now, "Ends now"), c => c.Publish(now.AddDays(-1)));

        var nodes = (await api.CreateClient().QueryAsync(ListQuery, new { ngo = ngo.Slug, status = (string[]?)null }))["campaigns"]!["nodes"]!;

        Assert.Equal(["Ends now", "Starts now"], CampaignPageAssertions.Strings(nodes, "title"));
        Assert.Equal(["ENDED", "LIVE"], CampaignPageAssertions.Strings(nodes, "status"));
        Assert.Equal(0, nodes[0]!["progress"]!["remainingSeconds"]!.GetValue<long>());
        Assert.Equal(86_400, nodes[1]!["progress"]!["remainingSeconds"]!.GetValue<long>());
    }

    [Fact]
    public async Task The_status_follows_the_clock_without_any_write()
    {
        await using var api = HeadlessApiFactory.OnSqlite();
        var now = api.Data.Now;
        var ngo = await api.Data.NgoAsync();
        await api.Data.CampaignAsync(ngo.Id, CampaignSamples.Details(now.AddHours(1), now.AddHours(3), "Soon"), c => c.Publish(now));
        var client = api.CreateClient();

        var before = await StatusAndLiveCountAsync(client, ngo);
        api.Clock.Advance(TimeSpan.FromHours(1));
        var during = await StatusAndLiveCountAsync(client, ngo);
        api.Clock.Advance(TimeSpan.FromHours(2));
        var after = await StatusAndLiveCountAsync(client, ngo);

        Assert.Equal(("SCHEDULED", 0), before);
        Assert.Equal(("LIVE", 1), during);
        Assert.Equal(("ENDED", 0), after);
    }

    private static async Task<(string Status, int Live)> StatusAndLiveCountAsync(HttpClient client, Ngo ngo)
    {
        var data = await client.QueryAsync(
            """
            query($ngo: String!) {
              all: campaigns(filter: { ngoSlug: $ngo }) { nodes { status } }
              live: campaigns(filter: { ngoSlug: $ngo, status: [LIVE] }) { totalCount }
            }
            """,
            new { ngo = ngo.Slug });
        return (data["all"]!["nodes"]![0]!["status"]!.GetValue<string>(), data["live"]!["totalCount"]!.GetValue<int>());
    }

    private static async Task<Ngo> OneCampaignPerStatusAsync(TestData data)
    {
        var now = data.Now;
        var ngo = await data.NgoAsync();
        await data.CampaignAsync(ngo.Id, CampaignSamples.Details(now.AddDays(2), now.AddDays(9), "Scheduled"), c => c.Publish(now));
        await data.CampaignAsync(ngo.Id, CampaignSamples.Details(now.AddDays(-2), now.AddDays(9), "Live"), c => c.Publish(now.AddDays(-2)));
        await data.CampaignAsync(ngo.Id, CampaignSamples.Details(now.AddDays(-9), now.AddDays(-2), "Ended"), c => c.Publish(now.AddDays(-9)));
        await data.CampaignAsync(ngo.Id, CampaignSamples.Details(now.AddDays(-2), now.AddDays(9), "Archived"), c =>
        {
            c.Publish(now.AddDays(-2));
            c.Archive(now);
        });
        await data.CampaignAsync(ngo.Id, CampaignSamples.Details(now.AddDays(-2), now.AddDays(9), "Draft"));
        return ngo;
    }
}
