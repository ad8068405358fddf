using Headless.Domain.Campaigns;
using Headless.Domain.Common;
using Headless.Domain.Donations;
using Headless.Domain.Tests.Campaigns;
using Headless.Domain.Tests.Support;

namespace Headless.Domain.Tests.Donations;

public sealed class DonationTests
{
    private static readonly DateTime Now = Utc.March(10, 12);

    private static DonationDetails Details(
        string amount = "25",
        string currency = "EUR",
        string reference = "ha-000123",
        string? donorName = "Camille",
        bool anonymous = false,
        DateTime? receivedAt = null,
        Guid? tierId = null) =>
        new(new Money(Numbers.Dec(amount), currency), DonationPlatform.Helloasso, reference, tierId, donorName, anonymous, receivedAt ?? Now.AddHours(-1));

    [Fact]
    public void Record_keeps_what_the_platform_reported()
    {
        var campaign = CampaignSamples.Published();
        var tierId = Guid.NewGuid();

        var donation = Donation.Record(campaign, Details(reference: " ha-000123 ", donorName: " Camille ", tierId: tierId), Now);

        Assert.Equal(campaign.Id, donation.CampaignId);
        Assert.Equal(tierId, donation.TierId);
        Assert.Equal(new Money(25m, "EUR"), donation.Money);
        Assert.Equal(DonationPlatform.Helloasso, donation.Platform);
        Assert.Equal("ha-000123", donation.ExternalReference);
        Assert.Equal("Camille", donation.DonorName);
        Assert.False(donation.IsAnonymous);
        Assert.Equal(Now.AddHours(-1), donation.ReceivedAt);
        Assert.Equal(Now, donation.RecordedAt);
        Assert.False(donation.IsRefunded);
    }

    [Theory]
    [InlineData("USD")]
    [InlineData("GBP")]
    public void The_currency_must_be_the_campaign_currency(string currency)
    {
        var campaign = CampaignSamples.Published();

        DomainAssert.Broken(() => Donation.Record(campaign, Details(currency: currency), Now), "amount.currency", "CURRENCY_MISMATCH");
    }

    [Fact]
    public void The_currency_is_compared_after_normalisation()
    {
        var campaign = CampaignSamples.Published();

        var donation = Donation.Record(campaign, Details(currency: "eur"), Now);

        Assert.Equal("EUR", donation.Currency);
    }

    [Theory]
    [InlineData("0")]
    [InlineData("-10")]
    public void The_amount_must_be_positive(string amount)
    {
        var campaign = CampaignSamples.Published();

        DomainAssert.Broken(() => Donation.Record(campaign, Details(amount: amount), Now), "amount.amount", "NOT_POSITIVE");
    }

    [Theory]
    [InlineData(-86_400)]
    [InlineData(0)]
    [InlineData(5 * 60)]
    public void A_donation_received_up_to_five_minutes_ahead_is_accepted_for_clock_skew(int secondsAfterNow)
    {
        var campaign = CampaignSamples.Published();

        var donation = Donation.Record(campaign, Details(receivedAt: Now.AddSeconds(secondsAfterNow)), Now);

        Assert.Equal(Now.AddSeconds(secondsAfterNow), donation.ReceivedAt);
    }

    [Theory]
    [InlineData(5 * 60 + 1)]
    [InlineData(86_400)]
    public void A_donation_cannot_be_received_in_the_future(int secondsAfterNow)
    {
        var campaign = CampaignSamples.Published();

        DomainAssert.Broken(() => Donation.Record(campaign, Details(receivedAt: Now.AddSeconds(secondsAfterNow)), Now), "receivedAt", "IN_FUTURE");
    }

    [Fact]
    public void The_received_time_must_be_utc()
    {
        var campaign = CampaignSamples.Published();

        DomainAssert.Broken(() => Donation.Record(campaign, Details(receivedAt: Utc.LocalTime()), Now), "receivedAt", "NOT_UTC");
    }

    [Fact]
    public void An_anonymous_donation_hides_the_donor_name()
    {
        var campaign = CampaignSamples.Published();

        var donation = Donation.Record(campaign, Details(donorName: "Camille", anonymous: true), Now);

        Assert.Null(donation.DonorName);
        Assert.True(donation.IsAnonymous);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("  ")]
    public void A_donation_without_a_name_is_anonymous(string? donorName)
    {
        var campaign = CampaignSamples.Published();

        var donation = Donation.Record(campaign, Details(donorName: donorName), Now);

        Assert.Null(donation.DonorName);
        Assert.True(donation.IsAnonymous);
    }

    [Fact]
    public void A_shown_name_is_limited_but_a_hidden_one_is_not_checked()
    {
        var campaign = CampaignSamples.Published();
        var longName = new string('n', 101);

        DomainAssert.Broken(() => Donation.Record(campaign, Details(donorName: longName), Now), "donorName", "TOO_LONG");
        Assert.Null(Donation.Record(campaign, Details(donorName: longName, anonymous: true), Now).DonorName);
    }

    [Theory]
    [InlineData(" ", "REQUIRED")]
    [InlineData("long", "TOO_LONG")]
    public void The_external_reference_is_required_and_bounded(string reference, string code)
    {
        var campaign = CampaignSamples.Published();
        var value = reference == "long" ? new string('r', 201) : reference;

        DomainAssert.Broken(() => Donation.Record(campaign, Details(reference: value), Now), "externalReference", code);
    }

    [Fact]
    public void A_refund_is_recorded_once()
    {
        var donation = Donation.Record(CampaignSamples.Published(), Details(), Now);

        donation.Refund(Now.AddDays(1));

        Assert.True(donation.IsRefunded);
        Assert.Equal(Now.AddDays(1), donation.RefundedAt);
        DomainAssert.Broken(() => donation.Refund(Now.AddDays(2)), "donationId", "ALREADY_REFUNDED");
        Assert.Equal(Now.AddDays(1), donation.RefundedAt);
    }
}
