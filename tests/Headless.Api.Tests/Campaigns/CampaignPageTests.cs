using Headless.Api.Tests.Infrastructure;
using Snapshooter;
using Snapshooter.Xunit;

namespace Headless.Api.Tests.Campaigns;

/// <summary>The public campaign page a front end renders: one query, everything on it.</summary>
public sealed class CampaignPageTests
{
    [Fact]
    public async Task The_campaign_page_matches_its_reviewed_snapshot()
    {
        await using var api = HeadlessApiFactory.OnSqlite();
        await CampaignPageScenario.BuildAsync(api.Data);

        var data = await api.CreateClient().QueryAsync(CampaignPageScenario.Query, CampaignPageScenario.Variables);

        Snapshot.Match(PageSnapshot.Format(data), PageSnapshot.IgnoreIds);
    }

    [Fact]
    public async Task The_campaign_page_shows_exact_progress_tiers_records_and_tweets()
    {
        await using var api = HeadlessApiFactory.OnSqlite();
        await CampaignPageScenario.BuildAsync(api.Data);

        var data = await api.CreateClient().QueryAsync(CampaignPageScenario.Query, CampaignPageScenario.Variables);

        CampaignPageAssertions.ShowsTheScenario(data["campaign"]);
    }
}
