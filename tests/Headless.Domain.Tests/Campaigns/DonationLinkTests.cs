using Headless.Domain.Campaigns;
using Headless.Domain.Tests.Support;

namespace Headless.Domain.Tests.Campaigns;

public sealed class DonationLinkTests
{
    [Fact]
    public void A_link_to_a_platform_is_added_to_the_campaign()
    {
        var campaign = CampaignSamples.Draft();

        var link = campaign.AddDonationLink(DonationPlatform.Kisskissbankbank, " https://www.kisskissbankbank.com/perfect-gift ", " KissKiss ");

        Assert.Same(link, Assert.Single(campaign.DonationLinks));
        Assert.Equal(campaign.Id, link.CampaignId);
        Assert.Equal(DonationPlatform.Kisskissbankbank, link.Platform);
        Assert.Equal("https://www.kisskissbankbank.com/perfect-gift", link.Url);
        Assert.Equal("KissKiss", link.Label);
    }

    [Theory]
    [InlineData("", "url", "REQUIRED")]
    [InlineData("paypal.me/perfectgift", "url", "INVALID_URL")]
    [InlineData("javascript:alert(1)", "url", "INVALID_URL")]
    public void A_link_needs_an_absolute_http_url(string url, string field, string code)
    {
        var campaign = CampaignSamples.Draft();

        DomainAssert.Broken(() => campaign.AddDonationLink(DonationPlatform.Paypal, url, null), field, code);
        Assert.Empty(campaign.DonationLinks);
    }

    [Fact]
    public void A_label_is_limited_to_100_characters()
    {
        var campaign = CampaignSamples.Draft();

        DomainAssert.Broken(() => campaign.AddDonationLink(DonationPlatform.Website, "https://example.org", new string('l', 101)), "label", "TOO_LONG");
    }

    [Fact]
    public void Links_are_removed_by_id_and_unknown_ids_are_reported()
    {
        var campaign = CampaignSamples.Draft();
        var kept = campaign.AddDonationLink(DonationPlatform.Website, "https://example.org/give", null);
        var removed = campaign.AddDonationLink(DonationPlatform.Paypal, "https://paypal.me/perfectgift", null);

        campaign.RemoveDonationLink(removed.Id);

        Assert.Same(kept, Assert.Single(campaign.DonationLinks));
        DomainAssert.Broken(() => campaign.RemoveDonationLink(removed.Id), "linkId", "NOT_FOUND");
    }
}
