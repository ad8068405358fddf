using Headless.Domain.Campaigns;
using Headless.Domain.Tests.Support;

namespace Headless.Domain.Tests.Campaigns;

public sealed class CampaignWindowTests
{
    [Theory]
    [InlineData(0)]
    [InlineData(-1)]
    [InlineData(-86_400)]
    public void The_campaign_must_end_after_it_starts(int endSecondsAfterStart)
    {
        var details = CampaignSamples.Details(endsAt: CampaignSamples.Start.AddSeconds(endSecondsAfterStart));

        DomainAssert.Broken(() => CampaignSamples.Draft(details), "endsAt", "INVALID_WINDOW");
    }

    [Fact]
    public void Window_times_must_be_utc()
    {
        DomainAssert.Broken(() => CampaignSamples.Draft(CampaignSamples.Details(startsAt: Utc.LocalTime())), "startsAt", "NOT_UTC");
        DomainAssert.Broken(() => CampaignSamples.Draft(CampaignSamples.Details(endsAt: Utc.LocalTime())), "endsAt", "NOT_UTC");
    }

    [Fact]
    public void Unspecified_times_are_stored_as_utc()
    {
        var campaign = CampaignSamples.Draft(CampaignSamples.Details(startsAt: Utc.Unspecified()));

        Assert.Equal(DateTimeKind.Utc, campaign.StartsAt.Kind);
    }

    [Fact]
    public void Update_can_move_the_window_around_its_phases()
    {
        var campaign = CampaignSamples.Draft();
        campaign.AddPhase(CampaignSamples.Phase(Utc.March(10), Utc.March(20)));

        campaign.Update(CampaignSamples.Details(startsAt: Utc.March(10), endsAt: Utc.March(20)));

        Assert.Equal(Utc.March(10), campaign.StartsAt);
        Assert.Equal(Utc.March(20), campaign.EndsAt);
    }

    [Theory]
    [InlineData(11, 31, "startsAt")]
    [InlineData(1, 19, "endsAt")]
    [InlineData(12, 18, "startsAt")]
    public void Update_that_would_strand_a_phase_is_rejected_and_changes_nothing(int startDay, int endDay, string field)
    {
        var campaign = CampaignSamples.Draft();
        campaign.AddPhase(CampaignSamples.Phase(Utc.March(10), Utc.March(20)));

        DomainAssert.Broken(
            () => campaign.Update(CampaignSamples.Details(startsAt: Utc.March(startDay), endsAt: Utc.March(endDay), title: "Renamed")),
            field,
            "PHASES_OUTSIDE");
        Assert.Equal(CampaignSamples.Start, campaign.StartsAt);
        Assert.Equal(CampaignSamples.End, campaign.EndsAt);
        Assert.Equal("Perfect Gift", campaign.Title);
    }

    [Theory]
    [InlineData(6, 31, "startsAt")]
    [InlineData(1, 24, "endsAt")]
    [InlineData(6, 24, "startsAt")]
    public void Update_that_would_strand_the_pledge_window_is_rejected_and_changes_nothing(int startDay, int endDay, string field)
    {
        var campaign = CampaignSamples.Draft();
        campaign.SetMatchingRule(CampaignSamples.Pledge(Utc.March(5), Utc.March(25)));

        DomainAssert.Broken(
            () => campaign.Update(CampaignSamples.Details(startsAt: Utc.March(startDay), endsAt: Utc.March(endDay))),
            field,
            "PLEDGE_OUTSIDE");
        Assert.Equal(CampaignSamples.Start, campaign.StartsAt);
        Assert.Equal(CampaignSamples.End, campaign.EndsAt);
    }

    [Fact]
    public void Update_may_shrink_the_window_exactly_to_the_pledge_window()
    {
        var campaign = CampaignSamples.Draft();
        campaign.SetMatchingRule(CampaignSamples.Pledge(Utc.March(5), Utc.March(25)));

        campaign.Update(CampaignSamples.Details(startsAt: Utc.March(5), endsAt: Utc.March(25)));

        Assert.Equal(Utc.March(5), campaign.StartsAt);
        Assert.Equal(Utc.March(25), campaign.EndsAt);
    }

    [Theory]
    [InlineData(-1, 0, "startsAt")]
    [InlineData(0, 1, "endsAt")]
    [InlineData(-1, 1, "startsAt")]
    public void A_pledge_window_must_lie_inside_the_campaign(int startDaysFromCampaignStart, int endDaysFromCampaignEnd, string field)
    {
        var campaign = CampaignSamples.Draft();
        var pledge = CampaignSamples.Pledge(
            CampaignSamples.Start.AddDays(startDaysFromCampaignStart),
            CampaignSamples.End.AddDays(endDaysFromCampaignEnd));

        DomainAssert.Broken(() => campaign.SetMatchingRule(pledge), field, "OUTSIDE_CAMPAIGN");
        Assert.Null(campaign.MatchingRule);
    }

    [Fact]
    public void A_pledge_window_may_equal_the_campaign_window_and_can_be_cleared()
    {
        var campaign = CampaignSamples.Draft();

        campaign.SetMatchingRule(CampaignSamples.Pledge(CampaignSamples.Start, CampaignSamples.End));
        Assert.Equal(CampaignSamples.End, campaign.MatchingRule?.EndsAt);

        campaign.SetMatchingRule(null);
        Assert.Null(campaign.MatchingRule);
    }
}
