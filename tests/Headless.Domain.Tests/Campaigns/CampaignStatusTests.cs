using Headless.Domain.Campaigns;

namespace Headless.Domain.Tests.Campaigns;

public sealed class CampaignStatusTests
{
    [Theory]
    [InlineData(false, false, "start", -1, CampaignStatus.Draft)]
    [InlineData(false, false, "start", 0, CampaignStatus.Draft)]
    [InlineData(false, false, "end", 1, CampaignStatus.Draft)]
    [InlineData(true, false, "start", -1, CampaignStatus.Scheduled)]
    [InlineData(true, false, "start", 0, CampaignStatus.Live)]
    [InlineData(true, false, "end", -1, CampaignStatus.Live)]
    [InlineData(true, false, "end", 0, CampaignStatus.Ended)]
    [InlineData(true, false, "end", 1, CampaignStatus.Ended)]
    [InlineData(true, true, "start", -1, CampaignStatus.Archived)]
    [InlineData(true, true, "start", 0, CampaignStatus.Archived)]
    [InlineData(true, true, "end", 0, CampaignStatus.Archived)]
    [InlineData(false, true, "start", 0, CampaignStatus.Archived)]
    public void Status_is_derived_from_publication_archive_and_time(
        bool published, bool archived, string boundary, int ticksFromBoundary, CampaignStatus expected)
    {
        var campaign = CampaignSamples.Draft();
        if (published)
        {
            campaign.Publish(CampaignSamples.Start.AddDays(-1));
        }

        if (archived)
        {
            campaign.Archive(CampaignSamples.Start.AddDays(-1));
        }

        var at = (boundary == "start" ? campaign.StartsAt : campaign.EndsAt).AddTicks(ticksFromBoundary);

        Assert.Equal(expected, campaign.StatusAt(at));
    }

    [Fact]
    public void Status_follows_time_without_any_change_to_the_campaign()
    {
        var campaign = CampaignSamples.Published();
        var version = campaign.Version;

        Assert.Equal(CampaignStatus.Scheduled, campaign.StatusAt(CampaignSamples.Start.AddDays(-1)));
        Assert.Equal(CampaignStatus.Live, campaign.StatusAt(CampaignSamples.Start.AddDays(1)));
        Assert.Equal(CampaignStatus.Ended, campaign.StatusAt(CampaignSamples.End.AddDays(1)));
        Assert.Equal(version, campaign.Version);
    }
}
