using Headless.Api.Tests.Infrastructure;
using Headless.Domain.Members;
using Headless.GraphQL.Relay;
using Headless.Mutations.Tests.Support;
using Headless.Schema.Common;
using Microsoft.EntityFrameworkCore;
using static Headless.Mutations.Tests.Donations.DonationDocuments;

namespace Headless.Mutations.Tests.Donations;

public sealed class RefundDonationTests(AccessHost host) : IClassFixture<AccessHost>
{
    [Fact]
    public async Task An_admin_refunds_a_donation_that_leaves_the_totals_and_is_audited()
    {
        var tenant = await Tenant.CreateAsync(host);
        var admin = tenant.As(MemberRole.Admin);
        var kept = await host.Data.RecordDonationAsync(tenant.Campaign, 12.5m, "Ana", host.Data.Now.AddHours(-2));
        var refundedOne = await host.Data.RecordDonationAsync(tenant.Campaign, 30m, "Bo", host.Data.Now.AddHours(-1));

        var donation = (await host.DataAsync(admin, RefundDonation, new { input = new { donationId = GlobalId.Encode("Donation", refundedOne.Id) } })).Succeeded("refundDonation", "donation");

        Assert.Equal("2026-06-01T12:00:00Z", donation.Text("refundedAt"));
        Assert.Equal(("12.50", 1), (donation["campaign"]!["progress"]!["raised"].Text("amount"), donation["campaign"]!["progress"]!["donorCount"]!.GetValue<int>()));
        await using var db = host.Db();
        Assert.NotNull((await db.Donations.SingleAsync(d => d.Id == refundedOne.Id)).RefundedAt);
        Assert.Null((await db.Donations.SingleAsync(d => d.Id == kept.Id)).RefundedAt);
        await AuditAssert.WrittenAsync(host, "refundDonation", "Donation", refundedOne.Id, tenant.Ngo.Id, admin.UserId);
    }

    [Fact]
    public async Task A_donation_cannot_be_refunded_twice()
    {
        var tenant = await Tenant.CreateAsync(host);
        var donation = await host.Data.RecordDonationAsync(tenant.Campaign, 30m, "Bo", host.Data.Now.AddHours(-1), refunded: true);

        var data = await CampaignRows.UnchangedAfterAsync(host, () => host.DataAsync(
            tenant.As(MemberRole.Admin), RefundDonation, new { input = new { donationId = GlobalId.Encode("Donation", donation.Id) } }));

        data.Failed("refundDonation", "donation", "ALREADY_REFUNDED", "input.donationId");
    }

    [Theory]
    [InlineData(MemberRole.Editor)]
    [InlineData(null)]
    public async Task Only_admins_refund(MemberRole? role)
    {
        var tenant = await Tenant.CreateAsync(host);
        var donation = await host.Data.RecordDonationAsync(tenant.Campaign, 30m, "Bo", host.Data.Now.AddHours(-1));

        var data = await CampaignRows.UnchangedAfterAsync(host, () => host.DataAsync(
            role is { } r ? tenant.As(r) : Viewer.Anonymous, RefundDonation, new { input = new { donationId = GlobalId.Encode("Donation", donation.Id) } }));

        data.Failed("refundDonation", "donation", "FORBIDDEN");
    }

    [Fact]
    public async Task Unknown_donations_and_those_of_another_NGOs_draft_are_not_found()
    {
        var draft = await Tenant.CreateAsync(host, published: false);
        var other = await Tenant.CreateAsync(host);
        var hidden = await host.Data.RecordDonationAsync(draft.Campaign, 30m, "Bo", host.Data.Now.AddHours(-1));
        var owner = other.As(MemberRole.Owner);

        var unknown = await CampaignRows.UnchangedAfterAsync(host, () => host.DataAsync(owner, RefundDonation, new { input = new { donationId = GlobalId.Encode("Donation", Guid.NewGuid()) } }));
        var foreign = await CampaignRows.UnchangedAfterAsync(host, () => host.DataAsync(owner, RefundDonation, new { input = new { donationId = GlobalId.Encode("Donation", hidden.Id) } }));

        unknown.Failed("refundDonation", "donation", "NOT_FOUND");
        foreign.Failed("refundDonation", "donation", "NOT_FOUND");
    }
}
