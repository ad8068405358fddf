using Headless.Api.Tests.Infrastructure;
using Headless.Domain.Members;
using Headless.Domain.Tiers;
using Headless.GraphQL.Relay;
using Headless.Mutations.Tests.Support;
using Microsoft.EntityFrameworkCore;
using static Headless.Mutations.Tests.Donations.DonationDocuments;

namespace Headless.Mutations.Tests.Donations;

/// <summary>Limited tiers never oversell: each donation takes a place, a refund gives it back.</summary>
public sealed class TierPlaceTests(AccessHost host) : IClassFixture<AccessHost>
{
    [Fact]
    public async Task The_second_donation_for_a_single_place_is_sold_out_and_changes_nothing()
    {
        var (tenant, tierId) = await LimitedTierAsync(places: 1);
        var admin = tenant.As(MemberRole.Admin);

        var first = (await host.DataAsync(admin, RecordDonation, RecordInput(tenant.CampaignId, TestData.Unique("r-"), "50", tierId: tierId))).Succeeded("recordDonation", "donation");
        var second = await CampaignRows.UnchangedAfterAsync(host, () => host.DataAsync(admin, RecordDonation, RecordInput(tenant.CampaignId, TestData.Unique("r-"), "50", tierId: tierId)));

        Assert.Equal(0, first["tier"]!["availableQuantity"]!.GetValue<int>());
        second.Failed("recordDonation", "donation", "SOLD_OUT");
    }

    [Fact]
    public async Task Refunding_gives_the_place_back_to_the_next_donor()
    {
        var (tenant, tierId) = await LimitedTierAsync(places: 1);
        var admin = tenant.As(MemberRole.Admin);
        var first = (await host.DataAsync(admin, RecordDonation, RecordInput(tenant.CampaignId, TestData.Unique("r-"), "50", tierId: tierId))).Succeeded("recordDonation", "donation");

        var refunded = (await host.DataAsync(admin, RefundDonation, new { input = new { donationId = first.Text("id") } })).Succeeded("refundDonation", "donation");
        var next = (await host.DataAsync(admin, RecordDonation, RecordInput(tenant.CampaignId, TestData.Unique("r-"), "50", tierId: tierId))).Succeeded("recordDonation", "donation");

        Assert.Equal(1, refunded["tier"]!["availableQuantity"]!.GetValue<int>());
        Assert.Equal(0, next["tier"]!["availableQuantity"]!.GetValue<int>());
        Assert.Equal(("50.00", 1), (next["campaign"]!["progress"]!["raised"].Text("amount"), next["campaign"]!["progress"]!["donorCount"]!.GetValue<int>()));
    }

    [Fact]
    public async Task Donors_racing_for_the_last_places_get_them_once_each_and_the_others_are_sold_out()
    {
        var (tenant, tierId) = await LimitedTierAsync(places: 2);
        var admin = tenant.As(MemberRole.Admin);

        var results = await Task.WhenAll(Enumerable.Range(0, 6).Select(_ => Task.Run(() =>
            host.DataAsync(admin, RecordDonation, RecordInput(tenant.CampaignId, TestData.Unique("r-"), "50", tierId: tierId)))));

        var codes = results.Select(r => r["recordDonation"]!["errors"]!.AsArray().Select(e => e.Text("code")).SingleOrDefault("OK")).ToList();
        Assert.Equal(2, codes.Count(c => c == "OK"));
        Assert.Equal(4, codes.Count(c => c == "SOLD_OUT"));
        await using var db = host.Db();
        var tier = await db.Tiers.SingleAsync(t => t.Id == GlobalId.DecodeFor("DonationTier", tierId));
        Assert.Equal((2, 0), (tier.ClaimedQuantity, tier.RemainingQuantity));
        Assert.Equal(2, await db.Donations.CountAsync(d => d.TierId == tier.Id));
    }

    [Fact]
    public async Task The_same_report_sent_several_times_at_once_is_recorded_once()
    {
        var (tenant, tierId) = await LimitedTierAsync(places: 10);
        var admin = tenant.As(MemberRole.Admin);
        var reference = TestData.Unique("r-");

        var results = await Task.WhenAll(Enumerable.Range(0, 6).Select(_ => Task.Run(() =>
            host.DataAsync(admin, RecordDonation, RecordInput(tenant.CampaignId, reference, "50", tierId: tierId)))));

        var ids = results.Select(r => r.Succeeded("recordDonation", "donation").Text("id")).Distinct().ToList();
        var donationId = GlobalId.DecodeFor("Donation", Assert.Single(ids))!.Value;
        await using var db = host.Db();
        Assert.Equal(1, await db.Donations.CountAsync(d => d.ExternalReference == reference));
        Assert.Equal(1, (await db.Tiers.SingleAsync(t => t.Id == GlobalId.DecodeFor("DonationTier", tierId))).ClaimedQuantity);
        await AuditAssert.WrittenAsync(host, "recordDonation", "Donation", donationId, tenant.Ngo.Id, admin.UserId);
    }

    private async Task<(Tenant Tenant, string TierId)> LimitedTierAsync(int places)
    {
        var tenant = await Tenant.CreateAsync(host);
        var tier = await host.Data.TierAsync(tenant.Campaign, new TierDetails("Dinner with the team", null, "A dinner", TierAmountType.Fixed, 50m, null, null, [], places, null, 0));
        return (tenant, GlobalId.Encode("DonationTier", tier.Id));
    }
}
