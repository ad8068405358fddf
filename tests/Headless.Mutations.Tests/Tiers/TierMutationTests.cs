using Headless.Api.Tests.Infrastructure;
using Headless.Domain.Members;
using Headless.Domain.Tiers;
using Headless.GraphQL.Relay;
using Headless.Mutations.Tests.Support;
using Headless.Schema.Common;
using Microsoft.EntityFrameworkCore;
using static Headless.Mutations.Tests.Tiers.TierDocuments;

namespace Headless.Mutations.Tests.Tiers;

public sealed class TierMutationTests(AccessHost host) : IClassFixture<AccessHost>
{
    [Fact]
    public async Task An_editor_creates_a_tier_that_comes_last_in_the_campaign_currency()
    {
        var tenant = await Tenant.CreateAsync(host, tiers: 2);
        var editor = tenant.As(MemberRole.Editor);

        var tier = (await host.DataAsync(editor, Create, new { input = new { campaignId = tenant.CampaignId, tier = Fixed("25.50", maxQuantity: 3) } }))
            .Succeeded("createTier", "tier");

        Assert.Equal(("FIXED", "25.50", "EUR"), (tier.Text("amountType"), tier["amount"].Text("amount"), tier["amount"].Text("currency")));
        Assert.Equal((3, 3, 2), (tier["maxQuantity"]!.GetValue<int>(), tier["availableQuantity"]!.GetValue<int>(), tier["sortOrder"]!.GetValue<int>()));
        Assert.Equal(tenant.CampaignId, tier["campaign"].Text("id"));
        var tierId = GlobalId.DecodeFor("DonationTier", tier.Text("id"))!.Value;
        await using var db = host.Db();
        Assert.Equal(25.50m, (await db.Tiers.SingleAsync(t => t.Id == tierId)).Amount);
        await AuditAssert.WrittenAsync(host, "createTier", "DonationTier", tierId, tenant.Ngo.Id, editor.UserId);
    }

    [Theory]
    [InlineData("0.5", null, "BELOW_MINIMUM", "input.tier.minimumAmount")]
    [InlineData("5", "50", "PRESET_OUT_OF_RANGE", "input.tier.presets.1")]
    [InlineData("5", "2", "BELOW_MINIMUM", "input.tier.maximumAmount")]
    public async Task A_broken_amount_rule_names_the_field_inside_the_tier_input(string minimum, string? maximum, string code, string field)
    {
        var tenant = await Tenant.CreateAsync(host);
        var tier = Flexible(minimum: minimum, maximum: maximum, presets: ["10", "100"]);

        var data = await CampaignRows.UnchangedAfterAsync(host, () => host.DataAsync(
            tenant.As(MemberRole.Editor), Create, new { input = new { campaignId = tenant.CampaignId, tier } }));

        data.Failed("createTier", "tier", code, field);
    }

    [Fact]
    public async Task Updating_a_tier_keeps_its_place_and_bumps_its_version()
    {
        var tenant = await Tenant.CreateAsync(host, tiers: 2);
        var editor = tenant.As(MemberRole.Editor);
        var stored = await TiersAsync(tenant);

        var tier = (await host.DataAsync(editor, Update, UpdateInput(stored[1], Flexible(name: "Monthly friend", minimum: "10", maximum: "500", presets: ["20", "50"]), stored[1].Version)))
            .Succeeded("updateTier", "tier");

        Assert.Equal(("Monthly friend", "10.00", "500.00"), (tier.Text("name"), tier["minimumAmount"].Text("amount"), tier["maximumAmount"].Text("amount")));
        Assert.Equal((1, stored[1].Version + 1), (tier["sortOrder"]!.GetValue<int>(), tier["version"]!.GetValue<int>()));
        await AuditAssert.WrittenAsync(host, "updateTier", "DonationTier", stored[1].Id, tenant.Ngo.Id, editor.UserId);
    }

    [Fact]
    public async Task A_stale_expected_version_is_a_version_conflict_and_changes_nothing()
    {
        var tenant = await Tenant.CreateAsync(host, tiers: 1);
        var tier = (await TiersAsync(tenant))[0];

        var data = await CampaignRows.UnchangedAfterAsync(host, () => host.DataAsync(
            tenant.As(MemberRole.Editor), Update, UpdateInput(tier, Flexible(name: "Too late"), tier.Version - 1)));

        data.Failed("updateTier", "tier", "VERSION_CONFLICT");
    }

    [Fact]
    public async Task The_limited_quantity_cannot_drop_below_the_places_taken()
    {
        var tenant = await Tenant.CreateAsync(host);
        var tier = await host.Data.TierAsync(tenant.Campaign, new TierDetails("Dinner", null, null, TierAmountType.Fixed, 100m, null, null, [], 5, null, 0), claimed: 3);

        var data = await CampaignRows.UnchangedAfterAsync(host, () => host.DataAsync(tenant.As(MemberRole.Editor), Update, UpdateInput(tier, Fixed("100", maxQuantity: 2))));

        data.Failed("updateTier", "tier", "BELOW_CLAIMED", "input.tier.maxQuantity");
    }

    [Fact]
    public async Task An_archived_tier_reads_as_archived_and_leaves_the_default_list()
    {
        var tenant = await Tenant.CreateAsync(host, tiers: 2);
        var editor = tenant.As(MemberRole.Editor);
        var tier = (await TiersAsync(tenant))[0];

        var archived = (await host.DataAsync(editor, Archive, new { input = new { tierId = GlobalId.Encode("DonationTier", tier.Id) } })).Succeeded("archiveTier", "tier");

        Assert.Equal("ARCHIVED", archived.Text("availability"));
        var listed = (await host.DataAsync(Viewer.Anonymous, "query($id: ID!) { node(id: $id) { ... on Campaign { tiers { totalCount } } } }", new { id = tenant.CampaignId }))["node"]!;
        Assert.Equal(1, listed["tiers"]!["totalCount"]!.GetValue<int>());
        await AuditAssert.WrittenAsync(host, "archiveTier", "DonationTier", tier.Id, tenant.Ngo.Id, editor.UserId);
    }

    [Fact]
    public async Task Tiers_of_another_NGOs_draft_are_not_found_and_unknown_tiers_too()
    {
        var draft = await Tenant.CreateAsync(host, published: false, tiers: 1);
        var other = await Tenant.CreateAsync(host);
        var foreignTier = (await TiersAsync(draft))[0];

        var foreign = await CampaignRows.UnchangedAfterAsync(host, () => host.DataAsync(other.As(MemberRole.Owner), Update, UpdateInput(foreignTier, Flexible())));
        var unknown = await CampaignRows.UnchangedAfterAsync(host, () => host.DataAsync(
            other.As(MemberRole.Owner), Archive, new { input = new { tierId = GlobalId.Encode("DonationTier", Guid.NewGuid()) } }));
        var intoDraft = await CampaignRows.UnchangedAfterAsync(host, () => host.DataAsync(
            other.As(MemberRole.Owner), Create, new { input = new { campaignId = draft.CampaignId, tier = Flexible() } }));

        foreign.Failed("updateTier", "tier", "NOT_FOUND");
        unknown.Failed("archiveTier", "tier", "NOT_FOUND");
        intoDraft.Failed("createTier", "tier", "NOT_FOUND");
    }

    [Theory]
    [InlineData(MemberRole.Viewer)]
    [InlineData(null)]
    public async Task Viewers_and_anonymous_callers_may_not_change_tiers(MemberRole? role)
    {
        var tenant = await Tenant.CreateAsync(host, tiers: 1);
        var viewer = role is { } r ? tenant.As(r) : Viewer.Anonymous;
        var tier = (await TiersAsync(tenant))[0];

        var created = await CampaignRows.UnchangedAfterAsync(host, () => host.DataAsync(viewer, Create, new { input = new { campaignId = tenant.CampaignId, tier = Flexible() } }));
        var updated = await CampaignRows.UnchangedAfterAsync(host, () => host.DataAsync(viewer, Update, UpdateInput(tier, Flexible())));

        created.Failed("createTier", "tier", "FORBIDDEN");
        updated.Failed("updateTier", "tier", "FORBIDDEN");
    }

    private static object UpdateInput(DonationTier tier, object details, int? expectedVersion = null) =>
        new { input = new { tierId = GlobalId.Encode("DonationTier", tier.Id), tier = details, expectedVersion } };

    private async Task<List<DonationTier>> TiersAsync(Tenant tenant)
    {
        await using var db = host.Db();
        return await db.Tiers.AsNoTracking().Where(t => t.CampaignId == tenant.Campaign.Id).OrderBy(t => t.SortOrder).ToListAsync();
    }
}
