using Headless.Api.Tests.Infrastructure;
using Headless.Domain.Campaigns;
using Headless.Isolation.Tests.Support;
using static Headless.Isolation.Tests.Matrix.MutationCases;

namespace Headless.Isolation.Tests.Matrix.Cases;

/// <summary>A campaign itself: creation, details, publication, archiving, hashtags (EDITOR).</summary>
internal static class CampaignCases
{
    public static IEnumerable<KeyValuePair<string, IReadOnlyList<MutationScenario>>> All()
    {
        Type[] campaigns = [typeof(Campaign)];
        Type[] campaignsOrHashtags = [typeof(Campaign), typeof(CampaignHashtag)];

        yield return Case("createCampaign", Need.Editor, campaigns, t => Ready(new { ngoId = t.GlobalId, campaign = Details(t, TestData.Unique("c-")) }));

        yield return Case("updateCampaign", Need.Editor, campaigns, async t =>
        {
            var campaign = await t.CampaignAsync();
            return new { campaignId = Id(campaign), campaign = Details(t, campaign.Slug) };
        });

        yield return Case("publishCampaign", Need.Editor, campaigns, async t => new { campaignId = Id(await t.CampaignAsync(published: false)) });
        yield return Case("unpublishCampaign", Need.Editor, campaigns, async t => new { campaignId = Id(await t.CampaignAsync()) });
        yield return Case("archiveCampaign", Need.Editor, campaigns, async t => new { campaignId = Id(await t.CampaignAsync()) });
        yield return Case("setCampaignHashtags", Need.Editor, campaignsOrHashtags, async t =>
            new { campaignId = Id(await t.CampaignAsync()), hashtags = new[] { "CleanWater", "Kaolack" } });
    }

    public static string Id(Campaign campaign) => NodeId.Of("Campaign", campaign.Id);

    private static object Details(Tenant tenant, string slug) => new
    {
        slug,
        title = "Wells for the dry season",
        summary = "Ten wells.",
        goal = new { type = "AMOUNT", amount = "8000", currency = "EUR" },
        startsAt = IsolationHost.Now.AddDays(1),
        endsAt = IsolationHost.Now.AddDays(30),
        hashtags = new[] { TestData.Unique("wells") },
    };
}
