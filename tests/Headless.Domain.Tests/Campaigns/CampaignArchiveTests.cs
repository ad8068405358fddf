using Headless.Domain.Campaigns;
using Headless.Domain.Tests.Support;

namespace Headless.Domain.Tests.Campaigns;

/// <summary>An archived campaign is read-only: it stays visible for transparency, but nothing about it may change.</summary>
public sealed class CampaignArchiveTests
{
    [Theory]
    [InlineData("update")]
    [InlineData("set hashtags")]
    [InlineData("add phase")]
    [InlineData("update phase")]
    [InlineData("remove phase")]
    [InlineData("add donation link")]
    [InlineData("remove donation link")]
    [InlineData("set matching rule")]
    [InlineData("clear matching rule")]
    [InlineData("publish")]
    [InlineData("unpublish")]
    public void Every_change_to_an_archived_campaign_is_refused_and_changes_nothing(string change)
    {
        var campaign = CampaignSamples.Published();
        var phase = campaign.AddPhase(CampaignSamples.Phase(Utc.March(10), Utc.March(20)));
        var link = campaign.AddDonationLink(DonationPlatform.Helloasso, "https://www.helloasso.com/perfect-gift", null);
        campaign.SetMatchingRule(CampaignSamples.Pledge(Utc.March(5), Utc.March(25)));
        campaign.Archive(Utc.March(2));
        var before = CampaignSamples.Snapshot(campaign);

        Action apply = change switch
        {
            "update" => () => campaign.Update(CampaignSamples.Details(title: "Perfect Gift 2025")),
            "set hashtags" => () => campaign.SetHashtags(["PerfectGift2025"]),
            "add phase" => () => campaign.AddPhase(CampaignSamples.Phase(Utc.March(25), Utc.March(26))),
            "update phase" => () => campaign.UpdatePhase(phase.Id, CampaignSamples.Phase(Utc.March(11), Utc.March(20))),
            "remove phase" => () => campaign.RemovePhase(phase.Id),
            "add donation link" => () => campaign.AddDonationLink(DonationPlatform.Paypal, "https://paypal.me/perfectgift", "PayPal"),
            "remove donation link" => () => campaign.RemoveDonationLink(link.Id),
            "set matching rule" => () => campaign.SetMatchingRule(CampaignSamples.Pledge()),
            "clear matching rule" => () => campaign.SetMatchingRule(null),
            "publish" => () => campaign.Publish(Utc.March(3)),
            _ => campaign.Unpublish,
        };

        DomainAssert.Broken(apply, string.Empty, "ARCHIVED");
        Assert.Equal(before, CampaignSamples.Snapshot(campaign));
    }

    [Fact]
    public void An_archived_draft_cannot_be_published()
    {
        var campaign = CampaignSamples.Draft();
        campaign.Archive(Utc.March(2));

        DomainAssert.Broken(() => campaign.Publish(Utc.March(3)), string.Empty, "ARCHIVED");
        Assert.Null(campaign.PublishedAt);
    }

    [Fact]
    public void Archiving_twice_keeps_the_first_archive_time_and_the_version()
    {
        var campaign = CampaignSamples.Draft();
        campaign.Archive(Utc.March(2));
        var version = campaign.Version;

        campaign.Archive(Utc.March(3));

        Assert.Equal(Utc.March(2), campaign.ArchivedAt);
        Assert.Equal(version, campaign.Version);
        Assert.Equal(CampaignStatus.Archived, campaign.StatusAt(Utc.March(10)));
    }

    [Fact]
    public void An_archived_campaign_keeps_its_content_readable()
    {
        var campaign = CampaignSamples.Published();
        campaign.AddPhase(CampaignSamples.Phase(Utc.March(10), Utc.March(20), "Relaunch"));
        campaign.Archive(Utc.March(12));

        Assert.Equal("Perfect Gift", campaign.Title);
        Assert.True(campaign.IsTaggedWith("perfectgift"));
        Assert.Equal("Relaunch", campaign.CurrentPhaseAt(Utc.March(15))?.Name);
    }
}
