using Headless.Api.Tests.Infrastructure;
using Headless.Domain.Members;
using Headless.Domain.Tiers;
using Headless.GraphQL.Relay;
using Headless.Mutations.Tests.Support;
using Headless.Schema.Common;
using Microsoft.EntityFrameworkCore;
using static Headless.Mutations.Tests.Donations.DonationDocuments;

namespace Headless.Mutations.Tests.Donations;

public sealed class RecordDonationValidationTests(AccessHost host) : IClassFixture<AccessHost>
{
    [Theory]
    [InlineData("25", "USD", "CURRENCY_MISMATCH", "input.amount.currency")]
    [InlineData("25", "EURO", "INVALID_CURRENCY", "input.amount.currency")]
    [InlineData("0", "EUR", "NOT_POSITIVE", "input.amount.amount")]
    public async Task A_broken_amount_names_its_field_and_records_nothing(string amount, string currency, string code, string field)
    {
        var tenant = await Tenant.CreateAsync(host);

        var data = await CampaignRows.UnchangedAfterAsync(host, () => host.DataAsync(
            tenant.As(MemberRole.Admin), RecordDonation, RecordInput(tenant.CampaignId, TestData.Unique("r-"), amount, currency)));

        data.Failed("recordDonation", "donation", code, field);
    }

    [Fact]
    public async Task A_donation_received_in_the_future_is_refused_on_its_time()
    {
        var tenant = await Tenant.CreateAsync(host);

        var data = await CampaignRows.UnchangedAfterAsync(host, () => host.DataAsync(
            tenant.As(MemberRole.Admin), RecordDonation, RecordInput(tenant.CampaignId, TestData.Unique("r-"), receivedAt: "2026-06-02T12:00:00Z")));

        data.Failed("recordDonation", "donation", "IN_FUTURE", "input.receivedAt");
    }

    [Fact]
    public async Task An_amount_outside_the_tier_is_refused_on_the_amount()
    {
        var tenant = await Tenant.CreateAsync(host);
        var tier = await host.Data.TierAsync(tenant.Campaign, new TierDetails("Postcard", null, "A postcard", TierAmountType.Fixed, 30m, null, null, [], null, null, 0));

        var data = await CampaignRows.UnchangedAfterAsync(host, () => host.DataAsync(
            tenant.As(MemberRole.Admin), RecordDonation, RecordInput(tenant.CampaignId, TestData.Unique("r-"), "29.99", tierId: GlobalId.Encode("DonationTier", tier.Id))));

        data.Failed("recordDonation", "donation", "AMOUNT_NOT_ACCEPTED", "input.amount.amount");
    }

    [Fact]
    public async Task A_tier_of_another_campaign_is_not_found()
    {
        var tenant = await Tenant.CreateAsync(host);
        var other = await Tenant.CreateAsync(host, tiers: 1);
        await using var db = host.Db();
        var foreignTier = await db.Tiers.SingleAsync(t => t.CampaignId == other.Campaign.Id);

        var data = await CampaignRows.UnchangedAfterAsync(host, () => host.DataAsync(
            tenant.As(MemberRole.Admin), RecordDonation, RecordInput(tenant.CampaignId, TestData.Unique("r-"), tierId: GlobalId.Encode("DonationTier", foreignTier.Id))));

        data.Failed("recordDonation", "donation", "NOT_FOUND");
    }
}
