using Headless.Domain.Campaigns;
using Headless.Domain.Tests.Support;

namespace Headless.Domain.Tests.Campaigns;

/// <summary>The concurrency token must move with every change, or two editors could silently overwrite each other.</summary>
public sealed class CampaignVersionTests
{
    [Theory]
    [InlineData("update")]
    [InlineData("set hashtags")]
    [InlineData("publish")]
    [InlineData("unpublish")]
    [InlineData("archive")]
    [InlineData("add phase")]
    [InlineData("update phase")]
    [InlineData("remove phase")]
    [InlineData("add donation link")]
    [InlineData("remove donation link")]
    [InlineData("set matching rule")]
    [InlineData("clear matching rule")]
    public void Every_change_bumps_the_version(string change)
    {
        // Unpublishing and clearing the pledge are changes only when there is something to undo.
        var campaign = change is "unpublish" ? CampaignSamples.Published() : CampaignSamples.Draft();
        var phase = campaign.AddPhase(CampaignSamples.Phase(Utc.March(10), Utc.March(20)));
        var link = campaign.AddDonationLink(DonationPlatform.Helloasso, "https://www.helloasso.com/perfect-gift", null);
        if (change is "clear matching rule")
        {
            campaign.SetMatchingRule(CampaignSamples.Pledge());
        }

        var before = campaign.Version;

        Action apply = change switch
        {
            "update" => () => campaign.Update(CampaignSamples.Details(title: "Perfect Gift 2025")),
            "set hashtags" => () => campaign.SetHashtags(["PerfectGift2025"]),
            "publish" => () => campaign.Publish(Utc.March(2)),
            "unpublish" => campaign.Unpublish,
            "archive" => () => campaign.Archive(Utc.March(2)),
            "add phase" => () => campaign.AddPhase(CampaignSamples.Phase(Utc.March(25), Utc.March(26))),
            "update phase" => () => campaign.UpdatePhase(phase.Id, CampaignSamples.Phase(Utc.March(11), Utc.March(20))),
            "remove phase" => () => campaign.RemovePhase(phase.Id),
            "add donation link" => () => campaign.AddDonationLink(DonationPlatform.Paypal, "https://paypal.me/perfectgift", "PayPal"),
            "remove donation link" => () => campaign.RemoveDonationLink(link.Id),
            "set matching rule" => () => campaign.SetMatchingRule(CampaignSamples.Pledge()),
            _ => () => campaign.SetMatchingRule(null),
        };
        apply();

        Assert.True(campaign.Version > before, $"'{change}' left the version at {before}.");
    }

    [Fact]
    public void A_refused_change_leaves_the_version_alone()
    {
        var campaign = CampaignSamples.Draft();
        campaign.AddPhase(CampaignSamples.Phase(Utc.March(10), Utc.March(20)));
        var before = campaign.Version;

        DomainAssert.Broken(() => campaign.AddPhase(CampaignSamples.Phase(Utc.March(15), Utc.March(16))), "startsAt", "OVERLAP");
        DomainAssert.Broken(() => campaign.Update(CampaignSamples.Details(startsAt: Utc.March(15))), "startsAt", "PHASES_OUTSIDE");
        DomainAssert.Broken(() => campaign.SetMatchingRule(CampaignSamples.Pledge(cap: 0m)), "cap", "NOT_POSITIVE");

        Assert.Equal(before, campaign.Version);
    }

    [Theory]
    [InlineData("publish")]
    [InlineData("archive")]
    [InlineData("unpublish")]
    [InlineData("clear matching rule")]
    public void Repeating_a_change_changes_nothing_not_even_the_version(string change)
    {
        var campaign = CampaignSamples.Draft();
        Action<DateTime> apply = change switch
        {
            "publish" => at => campaign.Publish(at),
            "archive" => at => campaign.Archive(at),
            "unpublish" => _ => campaign.Unpublish(),
            _ => _ => campaign.SetMatchingRule(null),
        };
        apply(Utc.March(2));
        var before = CampaignSamples.Snapshot(campaign);

        apply(Utc.March(3));

        Assert.Equal(before, CampaignSamples.Snapshot(campaign));
    }

    [Fact]
    public void Successive_changes_keep_raising_the_version()
    {
        var campaign = CampaignSamples.Draft();
        var original = campaign.Version;

        campaign.Publish(Utc.March(2));
        var afterPublish = campaign.Version;
        campaign.SetHashtags(["Japan"]);

        Assert.True(afterPublish > original);
        Assert.True(campaign.Version > afterPublish);
    }
}
