using Headless.Api.Tests.Infrastructure;
using Headless.Testing;

namespace Headless.Api.Tests.Campaigns;

/// <summary>The campaign page on PostgreSQL, where sums, ordering and time comparisons run in the database.</summary>
[Collection(SharedPostgres.Name)]
public sealed class CampaignPagePostgresTests(PostgresServer postgres)
{
    [PostgresFact]
    public async Task The_campaign_page_shows_exact_progress_tiers_records_and_tweets_on_PostgreSQL()
    {
        await using var api = await HeadlessApiFactory.OnPostgresAsync(postgres);
        await CampaignPageScenario.BuildAsync(api.Data);

        var data = await api.CreateClient().QueryAsync(CampaignPageScenario.Query, CampaignPageScenario.Variables);

        CampaignPageAssertions.ShowsTheScenario(data["campaign"]);
    }

    [PostgresFact]
    public async Task Drafts_stay_hidden_on_PostgreSQL()
    {
        await using var api = await HeadlessApiFactory.OnPostgresAsync(postgres);
        var ngo = await api.Data.NgoAsync();
        var draft = await api.Data.CampaignAsync(ngo, published: false);

        var data = await api.CreateClient().QueryAsync(
            "query($ngo: String!, $slug: String!) { campaign(ngoSlug: $ngo, slug: $slug) { id } campaigns(filter: { ngoSlug: $ngo }) { totalCount } }",
            new { ngo = ngo.Slug, slug = draft.Slug });

        Assert.Null(data["campaign"]);
        Assert.Equal(0, data["campaigns"]!["totalCount"]!.GetValue<int>());
    }
}
