using Headless.Api.Tests.Infrastructure;
using Headless.Domain.Members;
using Headless.Domain.Tiers;
using Headless.GraphQL.Relay;
using Headless.Mutations.Tests.Support;
using Headless.Schema.Common;
using Microsoft.EntityFrameworkCore;
using static Headless.Mutations.Tests.Donations.DonationDocuments;

namespace Headless.Mutations.Tests.Donations;

public sealed class RecordDonationTests(AccessHost host) : IClassFixture<AccessHost>
{
    [Fact]
    public async Task An_admin_records_a_donation_that_counts_toward_the_campaign_and_is_audited()
    {
        var tenant = await Tenant.CreateAsync(host);
        var admin = tenant.As(MemberRole.Admin);
        var reference = TestData.Unique("ha-");

        var donation = (await host.DataAsync(admin, RecordDonation, RecordInput(tenant.CampaignId, reference, amount: "25.10"))).Succeeded("recordDonation", "donation");

        Assert.Equal(("25.10", "EUR", "HELLOASSO"), (donation["amount"].Text("amount"), donation["amount"].Text("currency"), donation.Text("platform")));
        Assert.Equal((reference, "Camille"), (donation.Text("externalReference"), donation.Text("donorName")));
        Assert.Equal(("25.10", 1), (donation["campaign"]!["progress"]!["raised"].Text("amount"), donation["campaign"]!["progress"]!["donorCount"]!.GetValue<int>()));
        var donationId = GlobalId.DecodeFor("Donation", donation.Text("id"))!.Value;
        await using var db = host.Db();
        Assert.Equal(25.10m, (await db.Donations.SingleAsync(d => d.Id == donationId)).Amount);
        await AuditAssert.WrittenAsync(host, "recordDonation", "Donation", donationId, tenant.Ngo.Id, admin.UserId);
    }

    [Fact]
    public async Task Replaying_the_same_report_returns_the_recorded_donation_and_keeps_the_totals_exact()
    {
        var tenant = await Tenant.CreateAsync(host);
        var admin = tenant.As(MemberRole.Admin);
        var reference = TestData.Unique("pp-");
        var first = (await host.DataAsync(admin, RecordDonation, RecordInput(tenant.CampaignId, reference, amount: "10.01"))).Succeeded("recordDonation", "donation");
        (await host.DataAsync(admin, RecordDonation, RecordInput(tenant.CampaignId, TestData.Unique("pp-"), amount: "0.02"))).Succeeded("recordDonation", "donation");

        var replay = (await host.DataAsync(admin, RecordDonation, RecordInput(tenant.CampaignId, reference, amount: "10.01"))).Succeeded("recordDonation", "donation");

        Assert.Equal(first.Text("id"), replay.Text("id"));
        var progress = (await host.DataAsync(admin, Progress, new { id = tenant.CampaignId }))["node"]!["progress"]!;
        Assert.Equal(("10.03", 2), (progress["raised"].Text("amount"), progress["donorCount"]!.GetValue<int>()));
        await using var db = host.Db();
        Assert.Equal(1, await db.Donations.CountAsync(d => d.ExternalReference == reference));
        var donationId = GlobalId.DecodeFor("Donation", first.Text("id"))!.Value;
        await AuditAssert.WrittenAsync(host, "recordDonation", "Donation", donationId, tenant.Ngo.Id, admin.UserId);
    }

    [Fact]
    public async Task The_same_reference_on_another_platform_is_another_donation()
    {
        var tenant = await Tenant.CreateAsync(host);
        var admin = tenant.As(MemberRole.Admin);
        var reference = TestData.Unique("id-");

        var onHelloAsso = (await host.DataAsync(admin, RecordDonation, RecordInput(tenant.CampaignId, reference))).Succeeded("recordDonation", "donation");
        var onPaypal = (await host.DataAsync(admin, RecordDonation, RecordInput(tenant.CampaignId, reference, platform: "PAYPAL"))).Succeeded("recordDonation", "donation");

        Assert.NotEqual(onHelloAsso.Text("id"), onPaypal.Text("id"));
    }

    [Fact]
    public async Task A_replay_with_another_amount_or_campaign_is_a_duplicate_reference_conflict()
    {
        var tenant = await Tenant.CreateAsync(host);
        var otherCampaign = await host.Data.CampaignAsync(tenant.Ngo);
        var admin = tenant.As(MemberRole.Admin);
        var reference = TestData.Unique("kk-");
        (await host.DataAsync(admin, RecordDonation, RecordInput(tenant.CampaignId, reference))).Succeeded("recordDonation", "donation");

        var otherAmount = await CampaignRows.UnchangedAfterAsync(host, () => host.DataAsync(admin, RecordDonation, RecordInput(tenant.CampaignId, reference, amount: "26")));
        var elsewhere = await CampaignRows.UnchangedAfterAsync(host, () => host.DataAsync(
            admin, RecordDonation, RecordInput(GlobalId.Encode("Campaign", otherCampaign.Id), reference)));

        otherAmount.Failed("recordDonation", "donation", "DUPLICATE_REFERENCE");
        elsewhere.Failed("recordDonation", "donation", "DUPLICATE_REFERENCE");
    }

    [Theory]
    [InlineData(MemberRole.Editor)]
    [InlineData(MemberRole.Viewer)]
    [InlineData(null)]
    public async Task Only_admins_record_donations(MemberRole? role)
    {
        var tenant = await Tenant.CreateAsync(host);

        var data = await CampaignRows.UnchangedAfterAsync(host, () => host.DataAsync(
            role is { } r ? tenant.As(r) : Viewer.Anonymous, RecordDonation, RecordInput(tenant.CampaignId, TestData.Unique("r-"))));

        data.Failed("recordDonation", "donation", "FORBIDDEN");
    }

    [Fact]
    public async Task Another_NGOs_draft_is_not_found()
    {
        var draft = await Tenant.CreateAsync(host, published: false);
        var other = await Tenant.CreateAsync(host);

        var data = await CampaignRows.UnchangedAfterAsync(host, () => host.DataAsync(
            other.As(MemberRole.Owner), RecordDonation, RecordInput(draft.CampaignId, TestData.Unique("r-"))));

        data.Failed("recordDonation", "donation", "NOT_FOUND");
    }

    [Fact]
    public async Task An_archived_campaign_takes_no_new_donation_but_still_answers_a_replay()
    {
        var ngo = await host.Data.NgoAsync();
        var now = host.Data.Now;
        var campaign = await host.Data.CampaignAsync(ngo.Id, CampaignSamples.Details(now.AddDays(-30), now.AddDays(-1)), c =>
        {
            c.Publish(now.AddDays(-30));
            c.Archive(now);
        });
        var recorded = await host.Data.RecordDonationAsync(campaign, 40m, "Camille", now.AddDays(-2));
        var admin = AccessData.ViewerOf(Guid.NewGuid(), (ngo.Id, MemberRole.Admin));
        var campaignId = GlobalId.Encode("Campaign", campaign.Id);

        var replay = (await host.DataAsync(admin, RecordDonation, RecordInput(campaignId, recorded.ExternalReference, "40", receivedAt: "2026-05-30T12:00:00Z")))
            .Succeeded("recordDonation", "donation");
        var refused = await CampaignRows.UnchangedAfterAsync(host, () => host.DataAsync(admin, RecordDonation, RecordInput(campaignId, TestData.Unique("r-"))));

        Assert.Equal(GlobalId.Encode("Donation", recorded.Id), replay.Text("id"));
        refused.Failed("recordDonation", "donation", "ARCHIVED");
    }
}
