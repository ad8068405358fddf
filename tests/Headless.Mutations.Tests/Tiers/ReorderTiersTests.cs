using Headless.Domain.Members;
using Headless.Domain.Tiers;
using Headless.GraphQL.Relay;
using Headless.Mutations.Tests.Support;
using Microsoft.EntityFrameworkCore;
using static Headless.Mutations.Tests.Tiers.TierDocuments;

namespace Headless.Mutations.Tests.Tiers;

public sealed class ReorderTiersTests(AccessHost host) : IClassFixture<AccessHost>
{
    [Fact]
    public async Task The_listed_tiers_take_the_first_places_and_the_others_follow_in_their_order()
    {
        var tenant = await Tenant.CreateAsync(host, tiers: 4);
        var editor = tenant.As(MemberRole.Editor);
        var tiers = await TiersAsync(tenant);

        var campaign = (await host.DataAsync(editor, Reorder, ReorderInput(tenant, tiers[3], tiers[1]))).Succeeded("reorderTiers", "campaign");

        var listed = campaign["tiers"]!["nodes"]!.AsArray().Select(t => t.Text("name")).ToList();
        Assert.Equal(["Tier 3", "Tier 1", "Tier 0", "Tier 2"], listed);
        var stored = await TiersAsync(tenant);
        Assert.Equal([0, 1, 2, 3], stored.Select(t => t.SortOrder));
        Assert.Equal([tiers[3].Id, tiers[1].Id, tiers[0].Id, tiers[2].Id], stored.Select(t => t.Id));
        await AuditAssert.WrittenAsync(host, "reorderTiers", "Campaign", tenant.Campaign.Id, tenant.Ngo.Id, editor.UserId);
    }

    [Fact]
    public async Task A_tier_of_another_campaign_is_refused_on_its_position_in_the_list()
    {
        var tenant = await Tenant.CreateAsync(host, tiers: 2);
        var other = await Tenant.CreateAsync(host, tiers: 1);
        var tiers = await TiersAsync(tenant);
        var foreign = (await TiersAsync(other))[0];

        var data = await CampaignRows.UnchangedAfterAsync(host, () => host.DataAsync(tenant.As(MemberRole.Editor), Reorder, ReorderInput(tenant, tiers[1], foreign)));

        data.Failed("reorderTiers", "campaign", "NOT_IN_CAMPAIGN", "input.tierIds.1");
    }

    [Fact]
    public async Task A_tier_listed_twice_is_refused()
    {
        var tenant = await Tenant.CreateAsync(host, tiers: 2);
        var tiers = await TiersAsync(tenant);

        var data = await CampaignRows.UnchangedAfterAsync(host, () => host.DataAsync(tenant.As(MemberRole.Editor), Reorder, ReorderInput(tenant, tiers[1], tiers[0], tiers[1])));

        data.Failed("reorderTiers", "campaign", "DUPLICATE", "input.tierIds.2");
    }

    [Fact]
    public async Task A_malformed_tier_id_names_its_position()
    {
        var tenant = await Tenant.CreateAsync(host, tiers: 1);

        var data = await CampaignRows.UnchangedAfterAsync(host, () => host.DataAsync(
            tenant.As(MemberRole.Editor), Reorder, new { input = new { campaignId = tenant.CampaignId, tierIds = new[] { tenant.CampaignId } } }));

        data.Failed("reorderTiers", "campaign", "INVALID_ID", "input.tierIds.0");
    }

    [Fact]
    public async Task A_viewer_may_not_reorder_tiers()
    {
        var tenant = await Tenant.CreateAsync(host, tiers: 2);
        var tiers = await TiersAsync(tenant);

        var data = await CampaignRows.UnchangedAfterAsync(host, () => host.DataAsync(tenant.As(MemberRole.Viewer), Reorder, ReorderInput(tenant, tiers[1], tiers[0])));

        data.Failed("reorderTiers", "campaign", "FORBIDDEN");
    }

    private static object ReorderInput(Tenant tenant, params DonationTier[] tiers) =>
        new { input = new { campaignId = tenant.CampaignId, tierIds = tiers.Select(t => GlobalId.Encode("DonationTier", t.Id)).ToArray() } };

    private async Task<List<DonationTier>> TiersAsync(Tenant tenant)
    {
        await using var db = host.Db();
        return await db.Tiers.AsNoTracking().Where(t => t.CampaignId == tenant.Campaign.Id).OrderBy(t => t.SortOrder).ThenBy(t => t.Id).ToListAsync();
    }
}
